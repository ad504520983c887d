// How a meeting's name ends and how a lead without a year is dated: rules of the writing, tested
// on sentences written for this file (names, places and numbers invented).
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { inferYear } from '../../../../src/extract/article/meetingDate.js';

const read = (head: string, ...body: string[]): ContractDocument => toContract(extractArticle('m.txt', [head, ...body].join('\n\n')));
const title = (c: ContractDocument): string | undefined => c.meetings[0]?.title;

describe('a meeting named after the document it reviews ends before the document’s date', () => {
  it('"sơ kết N năm thực hiện Chỉ thị số X ngày … của … về …" is named by kind and number', () => {
    const c = read(
      'Sơ kết thực hiện Chỉ thị 05',
      'Ngày 14/5, Ban Thường vụ Huyện ủy Lục Yên tổ chức sơ kết 2 năm thực hiện Chỉ thị số 05 ngày 10/4/2020 của Ban Thường vụ Huyện ủy về tăng cường kỷ luật hành chính trong các cơ quan.',
    );
    expect(title(c)).toBe('Sơ kết 2 năm thực hiện Chỉ thị số 05');
    expect(c.meetings[0]?.date).toBe('2022-05-14');
  });

  it('a written symbol, then the date with a comma', () => {
    const c = read(
      'Hội nghị sơ kết Kế hoạch 12',
      'Ngày 3/8/2021, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Kế hoạch số 12-KH/TU, ngày 2.8.2018 của Tỉnh ủy về công tác dân vận.',
    );
    expect(title(c)).toBe('Hội nghị sơ kết 3 năm thực hiện Kế hoạch số 12-KH/TU');
  });

  it('an undated citation stays whole, with its issuer and subject', () => {
    const c = read(
      'Quán triệt Thông báo 21',
      'Ngày 6/6/2019, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị quán triệt Thông báo số 21-TB/TW của Ban Bí thư về công tác thư viện.',
    );
    expect(title(c)).toBe('Hội nghị quán triệt Thông báo số 21-TB/TW của Ban Bí thư về công tác thư viện');
  });
});

describe('a body written with its term names its numbered session', () => {
  it('ordinal, body and term; the topic after the ordinal is no part of the name', () => {
    const c = read(
      'HĐND tỉnh họp chuyên đề',
      'Ngày 20/7/2018, HĐND tỉnh Yên Bái khóa XVIII tổ chức kỳ họp thứ sáu chuyên đề về công tác quản lý đất đai trên địa bàn tỉnh.',
    );
    expect(title(c)).toBe('Kỳ họp thứ sáu HĐND tỉnh Yên Bái khóa XVIII');
  });

  it('a name written out with its abbreviation in brackets is named by the abbreviation', () => {
    const c = read(
      'HĐND thành phố họp',
      'Ngày 9-12-2019, Hội đồng Nhân dân (HĐND) Thành phố Cần Thơ khóa IX tổ chức kỳ họp thứ mười hai chuyên đề về quy hoạch đô thị.',
    );
    expect(title(c)).toBe('Kỳ họp thứ mười hai HĐND Thành phố Cần Thơ khóa IX');
  });

  it('joined by "của" when the report writes the session so', () => {
    const c = read(
      'Khai mạc Phiên họp thứ 9 của Ủy ban Thường vụ HĐND tỉnh khóa X',
      'Sáng 4/3/2020, Ủy ban Thường vụ HĐND tỉnh khóa X tổ chức phiên họp thứ 9 để cho ý kiến về các tờ trình.',
    );
    expect(title(c)).toBe('Phiên họp thứ 9 của Ủy ban Thường vụ HĐND tỉnh khóa X');
  });

  it('a body written without its term leaves the session as written', () => {
    const c = read('Hội nghị Tỉnh ủy', 'Ngày 2/7/2019, Tỉnh ủy Hà Giang tổ chức Hội nghị lần thứ 20 (khóa XVI), đánh giá tình hình 6 tháng đầu năm.');
    expect(title(c)).toBe('Hội nghị lần thứ 20 (khóa XVI)');
  });
});

describe('a bare "cuộc họp" is named by what it is held for', () => {
  it('"cuộc họp với <partners> để nghe … báo cáo …": the purpose, a "tại" inside it kept', () => {
    const c = read(
      'Khắc phục hư hỏng cầu',
      'Chiều 5/9/2019, UBND tỉnh Phú Yên tổ chức cuộc họp với các sở, ngành và chính quyền các huyện để nghe Sở Giao thông vận tải báo cáo kết quả kiểm tra 12 cây cầu xuống cấp tại các huyện miền núi, đồng thời thống nhất phương án sửa chữa.',
    );
    expect(title(c)).toBe('Cuộc họp nghe Sở Giao thông vận tải báo cáo kết quả kiểm tra 12 cây cầu xuống cấp tại các huyện miền núi');
  });

  it('partners with a topic of their own: the title as written', () => {
    const c = read('Bàn về mở rộng cảng', 'Ngày 3/4/2019, UBND tỉnh Bình Thuận tổ chức cuộc họp với một số sở, ngành về phương án để mở rộng cảng cá.');
    expect(title(c)).toBe('Cuộc họp với một số sở, ngành về phương án');
  });
});

describe('", đồng thời" ends a meeting’s name', () => {
  it('the second thing the organizer does is no part of the name', () => {
    const c = read(
      'Hội nghị triển khai',
      'Ngày 8/3/2018, Huyện ủy Bảo Thắng tổ chức hội nghị triển khai quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ, đồng thời trao quyết định cho cán bộ mới.',
    );
    expect(title(c)).toBe('Hội nghị triển khai quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ');
  });
});

describe('the year of a lead written without one', () => {
  const lead = 'Chiều nay (6/3), Thị ủy Sông Cầu tổ chức hội nghị triển khai công tác giải phóng mặt bằng.';
  const march = { day: 6, month: 3, year: null };

  it('the tasks said for a year ("Trong năm 2018, … sẽ") name the meeting’s year', () => {
    expect(inferYear(march, null, lead, `${lead} Trong năm 2018, Ban Quản lý khu kinh tế sẽ hỗ trợ thị xã.`)).toBe(2018);
  });
  it('the tasks of a year whose programme the meeting adopts are that programme’s, not the meeting’s year', () => {
    const sitting = `${lead} Hội nghị đã thông qua Kế hoạch kiểm tra năm 2019. Theo đó, trong năm 2019, Thị ủy sẽ kiểm tra 12 chi bộ.`;
    expect(inferYear(march, null, lead, sitting)).toBeNull();
  });
  it('a year recalled with "đã" is not one of tasks', () => {
    expect(inferYear(march, null, lead, `${lead} Trong năm 2014, thị xã đã bàn giao mặt bằng và cần rút kinh nghiệm.`)).toBeNull();
  });
  it('at the year’s end the next year’s tasks are planned: no year', () => {
    const dec = { day: 6, month: 12, year: null };
    expect(inferYear(dec, null, lead, `${lead} Trong năm 2019, Ban Quản lý khu kinh tế sẽ hỗ trợ thị xã.`)).toBeNull();
  });
  it('"nhiệm vụ năm Y và những năm tiếp theo" is the current year, "đến năm Y và …" a target', () => {
    expect(inferYear(march, null, lead, `${lead} Thị xã quyết tâm hoàn thành nhiệm vụ năm 2018 và những năm tiếp theo.`)).toBe(2018);
    expect(inferYear(march, null, lead, `${lead} Kết luận về quy hoạch cán bộ đến năm 2025 và những năm tiếp theo.`)).toBeNull();
  });
  it('the start of a state that goes on now ("đang … từ tháng 2-2018") bounds the meeting', () => {
    expect(inferYear(march, null, lead, `${lead} Bảng điện tử đang được dùng để thông báo giá đất từ tháng 2-2018.`)).toBe(2018);
    expect(inferYear(march, null, lead, `${lead} Bảng điện tử sẽ được dùng từ tháng 2-2018.`)).toBeNull();
  });
  it('a base of comparison and the start of what went on since are not the meeting’s year', () => {
    const text = `${lead} Số hộ nghèo giảm 3% so với năm 2015. Nhiều cầu hư hỏng từ năm 2015, sau bão năm 2015.`;
    expect(inferYear(march, null, lead, text)).toBeNull();
  });
});
