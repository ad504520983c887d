import { cleanText } from '../../../../src/extract/clean/cleanText.js';
import { dedupeParagraphs } from '../../../../src/extract/clean/dedupeParagraphs.js';
import { isCutLine, isFurnitureLine } from '../../../../src/extract/clean/furniture.js';

const LEAD =
  'Sáng 12/4, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý I năm 2022 với sự tham dự của lãnh đạo các xã, thị trấn và các đoàn thể chính trị - xã hội của huyện.';
const BODY =
  'Trong quý I, các cấp ủy đã chỉ đạo thực hiện tốt quy chế dân chủ ở cơ sở, vận động nhân dân tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự trên địa bàn dân cư; nhiều mô hình dân vận khéo được nhân rộng.';

describe('cleanText', () => {
  it('returns NFC text, one paragraph a line with blank lines between', () => {
    const decomposed = 'Hội nghị sơ kết'.normalize('NFD');
    const out = cleanText(`${decomposed}\r\n\r\n\u00A0 ${LEAD}  \n`);
    expect(out).toBe(`Hội nghị sơ kết\n\n${LEAD}`);
    expect(out).toBe(out.normalize('NFC'));
  });

  it('drops furniture lines and visitor counters', () => {
    const out = cleanText(
      [
        'Your Website Title',
        'Hội nghị sơ kết công tác dân vận',
        'EmailPrintAa',
        LEAD,
        'Responsive image',
        BODY,
        'Đang truy cập: 85',
        'Tổng truy cập: 120345',
      ].join('\n'),
    );
    expect(out.split('\n\n')).toEqual(['Hội nghị sơ kết công tác dân vận', LEAD, BODY]);
  });

  it('cuts at a related-news heading and drops everything after it', () => {
    const out = cleanText([LEAD, BODY, 'Minh Châu', 'Tin liên quan', 'Huyện ủy tổ chức hội nghị tổng kết năm 2021', 'Gửi bình luận'].join('\n'));
    expect(out).not.toContain('tổng kết năm 2021');
    expect(out.endsWith('Minh Châu')).toBe(true);
  });

  it('does not cut at a related-news heading in a menu before any body text', () => {
    const out = cleanText(['Các tin khác', LEAD, BODY].join('\n'));
    expect(out).toContain(BODY);
  });

  it('keeps a repeated paragraph once, also a truncated teaser copy', () => {
    const teaser = `${LEAD} ${BODY.slice(0, 120)}&hel`;
    const out = cleanText([LEAD, BODY, 'Minh Châu', teaser].join('\n'));
    expect(out.split('\n\n')).toEqual([LEAD, BODY, 'Minh Châu']);
  });

  it('drops a caption that repeats the headline but keeps the headline when the lead restates it', () => {
    const headline = 'Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận quý I năm 2022';
    const out = cleanText([LEAD, headline, LEAD, headline, BODY].join('\n'));
    expect(out.split('\n\n')).toEqual([LEAD, headline, BODY]);
  });

  it('reads an HTML page from its headline on, without navigation', () => {
    const html = `<html><head><title>Cổng thông tin</title></head><body><ul><li>Trang chủ</li><li>Giới thiệu</li></ul>
      <h1>Hội nghị giao ban công tác dân vận</h1><div>08:30 13/04/2022</div><p>${LEAD}</p><p>${BODY}</p><div>Ý kiến bạn đọc</div><p>Bình luận cũ</p></body></html>`;
    expect(cleanText(html).split('\n\n')).toEqual(['Hội nghị giao ban công tác dân vận', '08:30 13/04/2022', LEAD, BODY]);
  });
});

describe('furniture lines', () => {
  it('matches whole lines case-insensitively and counters by prefix', () => {
    expect(isFurnitureLine('  truy cập NỘI DUNG luôn ')).toBe(true);
    expect(isFurnitureLine('Hôm nay: 321')).toBe(true);
    expect(isFurnitureLine('Bản đồ hành chính huyện mới được cập nhật')).toBe(false);
    expect(isCutLine('Tin khác cùng chủ đề:')).toBe(true);
  });
});

describe('dedupeParagraphs', () => {
  it('lets only an exact repeat remove a protected headline', () => {
    const lead = 'Chiều 3/5, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm.';
    const headline = 'Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng';
    expect(dedupeParagraphs([lead, headline], (i) => i === 1)).toEqual([lead, headline]);
    expect(dedupeParagraphs([lead, headline])).toEqual([lead]);
  });

  it('finds a contained copy when the article has more distinct words than shingle numbers pack', () => {
    // 1,200 distinct words before the copy: the copied paragraph's words are numbered past 1024,
    // so its shingles take the string key; a copy cut short is still contained, a paragraph
    // sharing only single words is not.
    const filler = Array.from({ length: 1200 }, (_, i) => `từ${i}`).join(' ') + '.';
    const late = 'Đồng chí Bí thư Huyện ủy yêu cầu các chi bộ rà soát đảng viên và báo cáo kết quả trước ngày 30.';
    const cut = 'Đồng chí Bí thư Huyện ủy yêu cầu các chi bộ rà soát đảng viên và báo cáo';
    const other = 'Các chi bộ báo cáo kết quả rà soát đảng viên với Đồng chí Bí thư Huyện ủy trước ngày 30 yêu cầu.';
    expect(dedupeParagraphs([filler, late, cut, 'Hết.'])).toEqual([filler, late, 'Hết.']);
    expect(dedupeParagraphs([filler, late, other, 'Hết.'])).toEqual([filler, late, other, 'Hết.']);
    // The same with few words: the packed number key.
    expect(dedupeParagraphs([late, cut, 'Hết.'])).toEqual([late, 'Hết.']);
    expect(dedupeParagraphs([late, other, 'Hết.'])).toEqual([late, other, 'Hết.']);
  });
});

describe('more furniture', () => {
  it('drops breadcrumbs and keyword lines, cuts at a dated related-news heading', () => {
    expect(isFurnitureLine('Trang chủ > Tin tức > Hoạt động cơ sở')).toBe(true);
    expect(isFurnitureLine('Từ khóa: dân vận, Huyện ủy')).toBe(true);
    expect(isCutLine('Các tin đã đưa ngày: 12/04/2022')).toBe(true);
    expect(isCutLine('Tin khác biệt giữa các xã được nêu rõ trong báo cáo')).toBe(false);
  });
});

describe('HTML detection', () => {
  it('reads a plain text with a stray tag as plain text, the tag dropped', () => {
    const out = cleanText(`${LEAD}\n<br>\n${BODY}`);
    expect(out.split('\n\n')).toEqual([LEAD, BODY]);
  });
});

describe('entities in a text scrape', () => {
  it('decodes the common ones', () => {
    expect(cleanText('Khối Dân vận&nbsp;huyện &ndash; quý I&hellip; &#272;oàn')).toBe('Khối Dân vận huyện – quý I… Đoàn');
  });
});

describe('site name and section labels', () => {
  it('are furniture, so the headline is the first line', () => {
    const out = cleanText(['Cổng thông tin điện tử huyện Lục Nam', 'Tin tức - Sự kiện', 'Hội nghị giao ban công tác dân vận', LEAD].join('\n'));
    expect(out.split('\n\n')[0]).toBe('Hội nghị giao ban công tác dân vận');
  });
});
