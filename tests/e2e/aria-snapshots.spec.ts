import { overlay } from './closed-ui';
import { expect, test } from './fixtures';
import { openPopupPage, tabIdOf } from './extension-pages';
import { settledMarks } from './highlights';
import { markBox } from './page-helpers';

// The accessible structure of the popup and the tooltip, reviewed like code: a change to roles,
// names or order shows up here. Texts that come from data/ are matched loosely (regex), so a
// content edit does not break them; the structure is matched exactly.
test.describe('accessible structure', () => {
  test('the popup: search, words on this page, questions, settings', async ({ context, extensionId, page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const popup = await openPopupPage(context, extensionId, `?tab=${await tabIdOf(context, page)}`);
    await expect(popup.getByTestId('page-term')).toHaveCount(3);
    await popup.getByTestId('settings-toggle').click();
    await expect(popup.locator('body')).toMatchAriaSnapshot(`
      - banner:
        - heading "Immuunwijzer" [level=1]
        - text: Zoek een woord of vraag
        - combobox "Zoek een woord of vraag"
      - main:
        - region "Op deze pagina":
          - heading "Op deze pagina" [level=2]
          - list:
            - listitem:
              - button "nivolumab (1)"
            - listitem:
              - button "tumor (1)"
            - listitem:
              - button "PD-L1 (1)"
        - region "Veelgestelde vragen":
          - heading "Veelgestelde vragen" [level=2]
          - list:
            - listitem:
              - button /\\?$/
          - link "Alle woorden en vragen"
      - contentinfo:
        - group:
          - text: Instellingen
          - checkbox "Woorden uitleggen op webpagina's" [checked]
          - text: Woorden uitleggen op webpagina's
          - checkbox "Uit op 127.0.0.1" [checked=false]
          - text: Uit op 127.0.0.1
          - checkbox "Elk woord alleen de eerste keer markeren" [checked=false]
          - text: Elk woord alleen de eerste keer markeren
          - group "Markering":
            - text: Markering
            - radio "Stippellijn onder het woord" [checked]
            - text: Stippellijn onder het woord
            - radio "Gekleurde achtergrond" [checked=false]
            - text: Gekleurde achtergrond
        - paragraph:
          - text: Algemene informatie, geen medisch advies.
          - link "Privacy"
    `);

    // One ranked list (no groups): each option says whether it is a word or a question, and the
    // best answer carries its short explanation in its name.
    await popup.getByTestId('search').fill('keytruda');
    await expect(popup.getByTestId('result').first()).toBeVisible();
    await expect(popup.locator('main')).toMatchAriaSnapshot(`
      - listbox "Zoekresultaten":
        - option /^woord pembrolizumab \\(ook Keytruda\\) .+ Lees meer$/:
          - text: woord pembrolizumab (ook
          - mark: Keytruda
          - text: /^\\) .+ Lees meer$/
        - option /^vraag .+\\?/
    `);
  });

  test('the tooltip: a named dialog with the explanation, Lees meer, the source and the disclaimer', async ({ page, origin }) => {
    await page.goto(`${origin}/editors.html`);
    await settledMarks(page);
    const box = await markBox(page, 'nivolumab');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    const tooltip = (await overlay(page)).getByTestId('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toMatchAriaSnapshot(`
      - dialog "nivolumab":
        - paragraph: nivolumab medicijn
        - paragraph: /Opdivo/
        - paragraph:
          - button "Lees meer over nivolumab"
        - paragraph:
          - text: "Bron:"
          - link /^Longkanker Nederland, .*bijgewerkt \\d+ \\w+ \\d{4}$/
        - paragraph: /geen medisch advies/
    `);
  });
});
