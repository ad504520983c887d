import { cleanText } from '../../../../src/extract/clean/cleanText.js';
import { readHtml } from '../../../../src/extract/clean/htmlToText.js';

// Every way HTML writes a character, in invented pages and text scrapes: decimal and
// hexadecimal references (with and without their semicolon), named entities, and the
// legacy named ones HTML reads without a semicolon. Headlines (h1, og:title, title),
// page text and plain-text scrapes must all read them the same way.

const FORMS: Array<[string, string, string]> = [
  ['decimal', 'H&#7897;i ngh&#7883; giao ban', 'Hội nghị giao ban'],
  ['hexadecimal', 'H&#x1ED9;i ngh&#x1eCB; giao ban', 'Hội nghị giao ban'],
  ['hexadecimal with a capital X', 'H&#X1ED9;i ngh&#X1ECB; giao ban', 'Hội nghị giao ban'],
  ['named', 'Ban Tuy&ecirc;n gi&aacute;o &ndash; D&acirc;n v&#7853;n', 'Ban Tuyên giáo – Dân vận'],
  ['named quotes and dashes', '&ldquo;D&acirc;n v&#7853;n kh&eacute;o&rdquo; &mdash; qu&yacute; I&hellip;', '“Dân vận khéo” — quý I…'],
  ['legacy named without semicolon', 'Ban Tuy&ecircn gi&aacuteo &amp D&acircn v&#7853;n &copy 2020', 'Ban Tuyên giáo & Dân vận © 2020'],
  ['numeric without semicolon', 'H&#7897i ngh&#x1ECB giao ban', 'Hội nghị giao ban'],
  ['a combining mark by number', 'Ho&#770;&#803;i ngh&#7883;', 'Hội nghị'],
];

const page = (headline: string, where: 'h1' | 'og' | 'title') =>
  [
    '<!doctype html><html><head>',
    where === 'title' || where === 'og' ? `<title>${where === 'title' ? headline : 'Cổng thông tin'}</title>` : '',
    where === 'og' ? `<meta property="og:title" content="${headline}">` : '',
    '</head><body><nav><a href="/">Trang chủ</a></nav>',
    where === 'h1' ? `<h1>${headline}</h1>` : '',
    `<p>${headline}, sáng 12/4/2022.</p></body></html>`,
  ].join('');

describe('HTML entities', () => {
  it.each(FORMS)('a headline in <h1> or <title> decodes the %s form', (_form, written, read) => {
    for (const where of ['h1', 'title'] as const) expect(readHtml(page(written, where)).headline).toBe(read);
  });

  it.each(FORMS.filter(([form]) => form !== 'legacy named without semicolon'))('an og:title headline decodes the %s form', (_form, written, read) => {
    expect(readHtml(page(written, 'og')).headline).toBe(read);
  });

  it('reads a legacy entity without semicolon in og:title as HTML reads attributes: decoded unless a letter, digit or = follows', () => {
    // In an attribute "&copy=2" or "&ecircn" is left as written (it could be a URL's query), as browsers do.
    expect(readHtml(page('Ban Tuy&ecirc;n gi&aacute;o &amp D&acirc;n v&#7853;n &copy 2020', 'og')).headline).toBe('Ban Tuyên giáo & Dân vận © 2020');
    expect(readHtml(page('Tuy&ecircn gi&aacuteo', 'og')).headline).toBe('Tuy&ecircn gi&aacuteo');
  });

  it.each(FORMS)('page text decodes the %s form', (_form, written, read) => {
    expect(cleanText(page(written, 'h1')).split('\n\n')).toEqual([read, `${read}, sáng 12/4/2022.`]);
  });

  it.each(FORMS)('a plain-text scrape decodes the %s form like a page', (_form, written, read) => {
    const out = cleanText(`${written}\n<br>\nSáng 12/4/2022, ${written} được tổ chức.`);
    expect(out.split('\n\n')).toEqual([read, `Sáng 12/4/2022, ${read} được tổ chức.`]);
  });

  it('leaves an ampersand that starts no entity as written, and decodes once', () => {
    expect(cleanText('Quỹ R&D của tỉnh &xyz; AT&T')).toBe('Quỹ R&D của tỉnh &xyz; AT&T');
    expect(cleanText('Ký hiệu &amp;lt;p&amp;gt; viết sẵn')).toBe('Ký hiệu &lt;p&gt; viết sẵn');
    expect(readHtml('<html><body><h1>Ký hiệu &amp;lt;h1&amp;gt;</h1></body></html>').headline).toBe('Ký hiệu &lt;h1&gt;');
  });

  it('reads a no-break space entity as a space in every path', () => {
    expect(cleanText('Khối Dân vận&nbsp;huyện&#160;Lục&nbspNam')).toBe('Khối Dân vận huyện Lục Nam');
    expect(readHtml('<html><body><h1>Khối&nbsp;Dân&#xA0;vận</h1></body></html>').headline).toBe('Khối Dân vận');
  });
});
