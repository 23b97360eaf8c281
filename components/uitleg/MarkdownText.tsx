/**
 * The small part of Markdown that PRIVACY.md uses: "## " headings, "- " lists, paragraphs,
 * **bold** and *italic*. Rendered as elements, never as HTML.
 */
function Inline({ text }: { text: string }) {
  const parts = text.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/g);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith('**') ? <strong key={index}>{part.slice(2, -2)}</strong> : part.startsWith('*') && part.length > 1 ? <em key={index}>{part.slice(1, -1)}</em> : part,
      )}
    </>
  );
}

export function MarkdownText({ source }: { source: string }) {
  const blocks = source.trim().split(/\n\s*\n/);
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split('\n');
        if (block.startsWith('# ')) return null;
        if (block.startsWith('## ')) return <h3 key={index}>{block.slice(3)}</h3>;
        if (lines.every((line) => line.startsWith('- ') || line.startsWith('  '))) {
          const items = block.split(/\n(?=- )/).map((item) => item.slice(2).replace(/\s*\n\s*/g, ' '));
          return (
            <ul key={index}>
              {items.map((item, itemIndex) => (
                <li key={itemIndex}>
                  <Inline text={item} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={index}>
            <Inline text={lines.join(' ')} />
          </p>
        );
      })}
    </>
  );
}
