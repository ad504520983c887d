// How national reports and general news state (or do not state) a meeting, and the dates and
// periods of hard cases D1-D3 and M1; every sentence written for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const only = (c: ContractDocument) => {
  expect(c.meetings).toHaveLength(1);
  return c.meetings[0]!;
};
const roles = (c: ContractDocument): string[] => (c.meetings[0]?.participants ?? []).map((p) => `${p.name}:${p.role}`);

describe('national lead shapes', () => {
  it('a person chairs the meeting: no organizer body, the person a chair', () => {
    const m = only(
      read(
        'Thủ tướng đối thoại với nông dân',
        'Sáng 14/3/2019, Thủ tướng Chính phủ Lê Văn Thành chủ trì Hội nghị đối thoại với nông dân cả nước, với sự tham dự của hơn 500 đại biểu.',
      ),
    );
    expect(m).toMatchObject({ title: 'Hội nghị đối thoại với nông dân cả nước', date: '2019-03-14', organizers: [] });
    expect(m.participants).toEqual([{ name: 'Lê Văn Thành', role: 'chair' }]);
  });

  it('the kind first, then the verb of being held', () => {
    const m = only(
      read(
        'Hội thảo về cán bộ trẻ',
        'Chiều 9/10/2018, Hội thảo khoa học về công tác cán bộ trẻ đã diễn ra tại Nhà Quốc hội. Chủ tịch Quốc hội Trần Thị Hạnh phát biểu khai mạc.',
      ),
    );
    expect(m).toMatchObject({ title: 'Hội thảo khoa học về công tác cán bộ trẻ', date: '2018-10-09' });
    expect(m.participants).toEqual([{ name: 'Trần Thị Hạnh', role: 'spoke' }]);
  });

  it('a working session of an inspection team with a local committee', () => {
    const m = only(
      read(
        'Kiểm tra công tác cán bộ',
        'Sáng 20/9/2019, Đoàn kiểm tra của Ban Bí thư do đồng chí Lê Quang Vinh, Bí thư Trung ương Đảng làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Gia Lai về công tác cán bộ. Phát biểu kết luận, đồng chí Lê Quang Vinh đề nghị Tỉnh ủy rà soát quy hoạch.',
      ),
    );
    // Named by the team and its host, both organizers (test/gold-genre/README.md conventions).
    expect(m).toMatchObject({
      title: 'Buổi làm việc của Đoàn kiểm tra của Ban Bí thư với Ban Thường vụ Tỉnh ủy Gia Lai',
      date: '2019-09-20',
      organizers: ['Đoàn kiểm tra của Ban Bí thư', 'Ban Thường vụ Tỉnh ủy'],
      place: 'Gia Lai',
    });
    // "Phát biểu kết luận" is concluded and spoke (test/gold-local/README.md, genre-dev 113).
    expect(m.participants).toEqual([
      { name: 'Lê Quang Vinh', role: 'concluded' },
      { name: 'Lê Quang Vinh', role: 'spoke' },
    ]);
  });

  it('a working session with no body on the other side is no meeting', () => {
    expect(read('Tuyển U21 tập trung', 'Chiều 3/5/2019, huấn luyện viên Park Min-ho đã làm việc với các cầu thủ trẻ tại sân Mỹ Đình.').meetings).toEqual([]);
  });

  it('a body "họp phiên thường kỳ": a monthly sitting titled as written (gold-genre 049 convention), period with no part', () => {
    const m = only(
      read(
        'Chính phủ họp thường kỳ',
        'Sáng 2/11/2018, dưới sự chủ trì của Thủ tướng Lê Văn Thành, Chính phủ họp phiên thường kỳ tháng 10/2018, thảo luận tình hình kinh tế.',
      ),
    );
    expect(m).toMatchObject({ title: 'Họp phiên thường kỳ tháng 10/2018', date: '2018-11-02', period: { year: 2018, part: null }, organizers: ['Chính phủ'] });
    expect(
      roles(read('Chính phủ họp thường kỳ', 'Sáng 2/11/2018, dưới sự chủ trì của Thủ tướng Lê Văn Thành, Chính phủ họp phiên thường kỳ tháng 10/2018.')),
    ).toEqual(['Lê Văn Thành:chair']);
  });

  it('a commission "đã họp kỳ thứ N"', () => {
    expect(only(read('Kỳ họp của Ủy ban Kiểm tra', 'Ngày 14/8/2019, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 38 để xem xét kết quả kiểm tra.')).title).toBe(
      'Kỳ họp thứ 38 của Ủy ban Kiểm tra Trung ương',
    );
  });

  it('a National Assembly debate in groups', () => {
    const m = only(read('Quốc hội thảo luận', 'Chiều 30/5/2019, Quốc hội thảo luận ở tổ về dự án Luật Kiến trúc, các đại biểu tán thành.'));
    expect(m).toMatchObject({ title: 'Phiên thảo luận ở tổ về dự án Luật Kiến trúc', organizers: ['Quốc hội'] });
  });

  it('an online conference with bridge points keeps its name, not the form', () => {
    const m = only(
      read(
        'Hội nghị trực tuyến',
        'Sáng 8/1/2019, Ban Bí thư Trung ương Đảng tổ chức Hội nghị trực tuyến toàn quốc tổng kết công tác dân vận năm 2018 theo hình thức trực tuyến tới 63 điểm cầu.',
      ),
    );
    expect(m).toMatchObject({ title: 'Hội nghị trực tuyến toàn quốc tổng kết công tác dân vận năm 2018', period: { year: 2018, part: 'Y' } });
  });

  it('a title stops before the people who acted in it', () => {
    const m = only(
      read(
        'Hội nghị ngành nông nghiệp',
        'Sáng 5/1/2019, Bộ Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị tổng kết năm 2018, Bộ trưởng Lê Minh Quang chủ trì.',
      ),
    );
    expect(m.title).toBe('Hội nghị tổng kết năm 2018');
  });
});

describe('text whose line breaks are lost', () => {
  it('a lead glued to a photo caption inside the one-line body', () => {
    const c = read(
      'Hội nghị Ban Chấp hành',
      'Toàn cảnh hội nghị. Ảnh: Minh Đức (TTXVN) Sáng 12/6/2019, Ban Chấp hành Đảng bộ tỉnh Hòa Bình tổ chức Hội nghị lần thứ 21. Đồng chí Bùi Văn Tiến, Bí thư Tỉnh ủy chủ trì hội nghị. Thu Trang (TTXVN)',
    );
    const m = only(c);
    expect(m).toMatchObject({ title: 'Hội nghị lần thứ 21', date: '2019-06-12' });
    expect(m.participants).toEqual([{ name: 'Bùi Văn Tiến', role: 'chair' }]);
    expect(c.authors).toEqual(['Thu Trang']);
  });

  it('a last sentence that is no by-line stays body', () => {
    expect(read('Tin', 'Sáng 12/6/2019, Tỉnh ủy Hòa Bình tổ chức Hội nghị lần thứ 21. Hội nghị thành công tốt đẹp.').authors).toEqual([]);
  });

  it('D1: a list dash or a site stamp before the date', () => {
    expect(only(read('Giao ban', '- Ngày 3-9-2021, Huyện ủy Si Ma Cai tổ chức hội nghị giao ban quý III.')).date).toBe('2021-09-03');
    expect(only(read('Giao ban', 'Ngày đăng 2021-09 Sáng ngày 7/9/2021, Đảng ủy xã Nàn Sán tổ chức hội nghị giao ban quý III.')).date).toBe('2021-09-07');
  });

  it('a dated meeting far into a one-line body is background', () => {
    const filler = 'Các đại biểu đánh giá cao kết quả đạt được trong công tác xây dựng Đảng. '.repeat(25);
    expect(read('Tin tổng hợp', `${filler}Ngày 4/5/2019, Huyện ủy Bảo Yên tổ chức hội nghị sơ kết.`).meetings).toEqual([]);
  });
});

describe('dates and periods', () => {
  it('D2: "N năm thực hiện X of year Y" is held in year Y+N', () => {
    const m = only(
      read(
        'Sơ kết kế hoạch',
        'Ngày 18.5, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Kế hoạch số 21-KH/TU ngày 2.4.2016 của Ban Thường vụ Tỉnh ủy.',
      ),
    );
    expect(m.date).toBe('2021-05-18');
  });

  it("a term or a target year is not the meeting's year", () => {
    const m = only(read('Kỳ họp HĐND', 'Sáng 6/7, HĐND tỉnh khóa XIV, nhiệm kỳ 2016 - 2021 khai mạc Kỳ họp thứ 9 bàn quy hoạch đến năm 2030.'));
    expect(m.date).toBeNull();
  });

  it('D3: a monthly meeting has no part, whatever the body reports', () => {
    const m = only(
      read(
        'Hội nghị báo cáo viên',
        'Ngày 10/5/2020, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị báo cáo viên tháng 5/2020. Đồng chí Lò Văn Dũng thông tin về tình hình 6 tháng đầu năm.',
      ),
    );
    expect(m.period).toEqual({ year: 2020, part: null });
  });

  it('a "5 tháng" review has no part', () => {
    expect(only(read('Sơ kết', 'Ngày 2/6/2022, UBND huyện tổ chức hội nghị sơ kết 5 tháng đầu năm 2022.')).period).toEqual({ year: 2022, part: null });
  });

  it('an impossible day is no date', () => {
    const m = only(read('Giao ban', 'Ngày 30/2/2021, Huyện ủy Mường Tè tổ chức hội nghị giao ban quý I.'));
    expect(m.date).toBeNull();
  });
});

describe('M1: long organizer phrases', () => {
  it('co-organizers with appositions do not lose the meeting', () => {
    const m = only(
      read(
        'Sơ kết dân vận',
        'Chiều ngày 22/7/2021, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân vận Huyện ủy Bát Xát – đơn vị Trưởng cụm thi đua số 3 các Ban Dân vận huyện, thị xã, thành phố khu vực biên giới phía Bắc của tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2021.',
      ),
    );
    expect(m).toMatchObject({ title: 'Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2021', period: { year: 2021, part: 'H1' } });
    expect(m.organizers).toEqual(expect.arrayContaining(['Ban Dân vận Tỉnh ủy', 'Ban Dân vận Huyện ủy']));
  });
});

describe('no meeting in news that reports none', () => {
  it.each([
    ['a festival', 'Khai hội đền Hùng', 'Sáng 14/4/2019, Ban tổ chức Lễ hội đền Hùng tổ chức Lễ rước kiệu và dâng hương.'],
    ['a wedding', 'Đám cưới ca sĩ', 'Tối 2/3/2019, ca sĩ Minh Hà tổ chức lễ cưới với bạn trai tại một khách sạn.'],
    ['a funeral', 'Tiễn biệt nghệ sĩ', 'Sáng 9/8/2019, gia đình tổ chức lễ tang nghệ sĩ Thanh Tâm tại nhà tang lễ.'],
    ['a show', 'Đêm nhạc', 'Tối 20/11/2019, nhà hát tổ chức Chương trình nghệ thuật chào mừng ngày Nhà giáo.'],
    ['a match press conference', 'Trước trận đấu', 'Chiều 7/6/2019, HLV Park Min-ho dự buổi họp báo trước trận gặp Thái Lan.'],
    ['a crime report', 'Bắt nghi phạm', 'Ngày 3/2/2019, Công an quận Đống Đa bắt giữ Nguyễn Văn K. về hành vi trộm cắp.'],
    ['a sports games', 'Đại hội thể thao', 'Ngày 1/12/2019, Đại hội Thể thao Đông Nam Á lần thứ 30 khai mạc tại Manila.'],
  ])('%s', (_kind, head, body) => {
    expect(read(head, body).meetings).toEqual([]);
  });

  it('both tone placements of a kind find the meeting', () => {
    expect(only(read('Toạ đàm', 'Sáng 5/3/2020, Hội Liên hiệp Phụ nữ tỉnh tổ chức toạ đàm kỷ niệm ngày Quốc tế Phụ nữ.')).title).toBe(
      'Toạ đàm kỷ niệm ngày Quốc tế Phụ nữ',
    );
    expect(only(read('Tọa đàm', 'Sáng 5/3/2020, Hội Liên hiệp Phụ nữ tỉnh tổ chức tọa đàm kỷ niệm ngày Quốc tế Phụ nữ.')).title).toBe(
      'Tọa đàm kỷ niệm ngày Quốc tế Phụ nữ',
    );
  });
});

describe('by-lines of national agencies', () => {
  it('agency codes and the agency paper are no authors', () => {
    expect(read('Tin', 'Sáng 12/6/2019, Tỉnh ủy Hòa Bình tổ chức Hội nghị lần thứ 21.', 'Hải Yến - VOV').authors).toEqual(['Hải Yến']);
    expect(read('Tin', 'Sáng 12/6/2019, Tỉnh ủy Hòa Bình tổ chức Hội nghị lần thứ 21.', 'TTXVN/Tin Tức').authors).toEqual([]);
    expect(read('Tin', 'Sáng 12/6/2019, Tỉnh ủy Hòa Bình tổ chức Hội nghị lần thứ 21.', 'VOV Hải Yến').authors).toEqual(['Hải Yến']);
  });
});
