// How reports write their meeting (lead shapes, title shapes, date and place phrases), one
// describe per class of writing; every sentence invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('w.txt', lines.join('\n')));
const only = (c: ContractDocument) => {
  expect(c.meetings).toHaveLength(1);
  return c.meetings[0]!;
};

describe('a Quốc hội voting sitting, and a sitting recalled after it', () => {
  const caption = 'Toàn cảnh phiên họp.';
  it('the vote count before the deputies who "bấm nút thông qua": a sitting of Quốc hội', () => {
    const m = only(
      read(
        'Quốc hội thông qua Luật Thủy lợi',
        'Chiều 12/6/2019, với 91,5% đại biểu tán thành, các đại biểu Quốc hội đã bấm nút thông qua Luật Thủy lợi.',
        `Luật gồm 10 chương. ${caption}`,
      ),
    );
    expect(m).toMatchObject({ title: 'Phiên họp', date: '2019-06-12', organizers: ['Quốc hội'] });
  });

  it('a debate recalled after the lead ("Trước đó, … ngày 20/5, Quốc hội đã thảo luận …") is background', () => {
    const m = only(
      read(
        'Thông qua Luật Thủy lợi',
        'Chiều 12/6, với 430/470 đại biểu tán thành, Quốc hội đã biểu quyết thông qua Luật Thủy lợi.',
        'Trước đó, Ủy ban Khoa học đã trình bày báo cáo. Theo đó, ngày 20/5/2019, Quốc hội đã thảo luận tại Hội trường về dự thảo Luật Thủy lợi.',
        caption,
      ),
    );
    expect(m).toMatchObject({ title: 'Phiên họp', date: '2019-06-12' });
  });

  it('a debate told as the lead itself stays the meeting', () => {
    const m = only(read('Thảo luận Luật Thủy lợi', 'Sáng 20/5/2019, Quốc hội đã thảo luận tại Hội trường về dự thảo Luật Thủy lợi.', caption));
    expect(m.title).toBe('Phiên thảo luận tại Hội trường về dự thảo Luật Thủy lợi');
  });

  it('deputies of a provincial delegation meeting voters are no sitting', () => {
    const c = read('Tin địa phương', 'Chiều 12/6/2019, các đại biểu Quốc hội tỉnh Lào Cai đã bấm nút chọn giải thưởng.');
    expect(c.meetings).toHaveLength(0);
  });
});

describe('where a title ends', () => {
  it('a "do" clause that says who owns or issued what the meeting is about stays in the title', () => {
    const m = only(
      read(
        'Sắp xếp doanh nghiệp',
        'Chiều 3/4/2019, Phó Thủ tướng Lê Văn An chủ trì cuộc làm việc với các bộ về phương án sắp xếp các doanh nghiệp do Bộ Công Thương làm đại diện chủ sở hữu giai đoạn 2019 - 2021.',
      ),
    );
    expect(m.title).toBe('Cuộc làm việc với các bộ về phương án sắp xếp các doanh nghiệp do Bộ Công Thương làm đại diện chủ sở hữu giai đoạn 2019 - 2021');
  });

  it('a "do" clause that says who chaired or held it ends the title, abbreviations with stops included', () => {
    const chaired = only(
      read('Tin', 'Sáng 3/4/2019, UBND tỉnh Kon Tum tổ chức hội nghị triển khai công tác thuế do ông Lê Văn An, Phó Chủ tịch UBND tỉnh chủ trì.'),
    );
    expect(chaired.title).toBe('Hội nghị triển khai công tác thuế');
    const held = only(read('Tin', 'Sáng 3/4/2019, Tỉnh đoàn Huế tổ chức Diễn đàn Doanh nhân trẻ, do T.Ư Đoàn và Hội Doanh nhân trẻ Việt Nam chỉ đạo.'));
    expect(held.title).toBe('Diễn đàn Doanh nhân trẻ');
  });

  it('"tại các …" tells where what it is about lies, not where it sits; "tại các điểm cầu" still ends it', () => {
    const m = only(
      read('Tin', 'Chiều 8-2-2019, UBND tỉnh Phú Yên tổ chức cuộc họp về việc xây dựng kè biển, bảo vệ nhà dân tại các điểm sạt lở ở thị xã Sông Cầu.'),
    );
    expect(m.title).toBe('Cuộc họp về việc xây dựng kè biển, bảo vệ nhà dân tại các điểm sạt lở ở thị xã Sông Cầu');
    const online = only(read('Tin', 'Sáng 8-2-2019, Bộ Y tế tổ chức hội nghị trực tuyến tổng kết công tác y tế tại các điểm cầu trong cả nước.'));
    expect(online.title).toBe('Hội nghị trực tuyến tổng kết công tác y tế');
  });

  it('a stop inside a bracketed aside ends the title before the aside; a short name defined in brackets is dropped', () => {
    const m = only(
      read(
        'Tin',
        'Sáng 26/5/2019, UBND xã Tân Hiệp tổ chức buổi đối thoại giữa Công ty CP Tập đoàn Hòa Bình (Tập đoàn Hòa Bình) với ông Trần Văn Tư (ngụ tại xã Tân Phú), khiếu nại về việc bồi thường.',
      ),
    );
    expect(m.title).toBe('Buổi đối thoại giữa Công ty CP Tập đoàn Hòa Bình với ông Trần Văn Tư');
  });
});

describe('where the meeting was held', () => {
  it('a commune is no place: its meeting is in the district written with it, else nowhere written', () => {
    const withDistrict = only(read('Tin', 'Sáng 26/5/2019, UBND xã Tân Hiệp (huyện Phú Giáo, Bình Dương) tổ chức hội nghị bàn về bồi thường.'));
    expect(withDistrict.place).toBe('Phú Giáo');
    const bare = only(read('Tin', 'Sáng 26/5/2019, UBND xã Tân Hiệp tổ chức hội nghị bàn về bồi thường.'));
    expect(bare.place).toBeNull();
  });

  it('an official who chairs, or works with the departments under his body, does so where his body sits', () => {
    const chairs = only(read('Tin', 'Chiều 9/2/2019, ông Lê Văn An - Chủ tịch UBND thành phố Cẩm Phả (tỉnh Quảng Ninh) chủ trì hội nghị giao ban tháng 1.'));
    expect(chairs.place).toBe('Cẩm Phả');
    const works = only(read('Tin', 'Ngày 13/6/2019, Phó Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hai đã làm việc với lãnh đạo các sở, ngành về đầu tư công.'));
    expect(works.place).toBe('Lâm Đồng');
    const ward = only(read('Tin', 'Sáng 7/7/2019, ông Lê Văn Ba - Chủ tịch UBND phường Vĩnh Ninh (TP. Huế) đã chủ trì cuộc họp bàn về quy hoạch.'));
    expect(ward.place).toBe('Huế');
  });

  it('an official who only attends gives no place, nor a minister named first', () => {
    const attends = only(read('Tin', 'Chiều 9/2/2019, Phó Bí thư Tỉnh ủy Hà Giang Lê Văn An dự hội nghị tổng kết của Hội Nông dân.'));
    expect(attends.place).toBeNull();
  });

  it('a central body holding a meeting first, with a local one, gives no place; a local host named first does', () => {
    const central = only(
      read('Tin', 'Chiều 26/5/2019, Bộ Quốc phòng và Thành ủy Hải Phòng phối hợp tổ chức Hội nghị về công tác quốc phòng trên địa bàn thành phố Hải Phòng.'),
    );
    expect(central.place).toBeNull();
    const local = only(read('Tin', 'Sáng 26/5/2019, UBND tỉnh Bình Định phối hợp cùng Bộ NN&PTNT tổ chức hội nghị chuyên đề đóng mới tàu cá.'));
    expect(local.place).toBe('Bình Định');
  });

  it("a meeting with a district's voters is in that district", () => {
    const m = only(
      read(
        'Tin',
        'Cần làm rõ dự án là ý kiến của Chủ tịch UBND thành phố Hà Nội Lê Văn An tại cuộc tiếp xúc cử tri huyện Gia Lâm trước kỳ họp thứ năm HĐND thành phố, tổ chức sáng 20/6/2019.',
      ),
    );
    expect(m.place).toBe('Gia Lâm');
  });

  it("a meeting told twice (sapo and lead) is placed by the telling that writes its venue's address", () => {
    const m = only(
      read(
        'Khai mạc Kỳ họp thứ năm',
        'Kỳ họp thứ năm, Quốc hội khóa XV đã khai mạc trọng thể tại Nhà Quốc hội vào sáng 20/5/2019.',
        'Sáng 20/5/2019, Kỳ họp thứ năm, Quốc hội khóa XV được tổ chức trọng thể tại Nhà Quốc hội (Ba Đình. Hà Nội).',
      ),
    );
    expect(m.place).toBe('Hà Nội');
  });
});

describe('the day written after the subject or the name, and the year from what the report says of now', () => {
  it("a day between the subject and its verb is the meeting's, and no part of the organizer", () => {
    const m = only(read('Tin', 'Sở NN&PTNT tỉnh Long An ngày hôm qua 12-5-2019 đã tổ chức hội nghị bàn về giải pháp tiêu thụ heo.'));
    expect(m).toMatchObject({ date: '2019-05-12', organizers: ['Sở NN&PTNT tỉnh'], place: 'Long An' });
  });

  it('"từ cuối năm Y đến nay" before October: the report is of the next year', () => {
    const m = only(
      read(
        'Tin',
        'Sở NN&PTNT tỉnh Long An ngày hôm qua 12-5 đã tổ chức hội nghị bàn về giải pháp tiêu thụ heo.',
        'Từ cuối năm 2018 đến nay giá heo giảm mạnh.',
      ),
    );
    expect(m.date).toBe('2019-05-12');
  });

  it("the tasks of a year set or discussed at the meeting give its year; the results of a year's tasks do not", () => {
    const tasks = only(
      read(
        'Tin',
        'Sáng 7/2, Bí thư Huyện ủy Lê Văn An làm việc với lãnh đạo huyện Đông Anh.',
        'Nói về nhiệm vụ trọng tâm 2019, ông An yêu cầu cải cách hành chính.',
      ),
    );
    expect(tasks.date).toBe('2019-02-07');
    const results = only(
      read('Tin', 'Sáng 7/2, Bí thư Huyện ủy Lê Văn An làm việc với lãnh đạo huyện Đông Anh.', 'Báo cáo kết quả thực hiện nhiệm vụ năm 2018 được trình bày.'),
    );
    expect(results.date).toBeNull();
  });

  it('a day ending the name, after the name or its verb of being held, is no part of the title', () => {
    const m = only(read('Tin', 'Chiều 11/7/2019, Phó Thủ tướng Lê Văn An chủ trì cuộc họp sơ kết 6 tháng đầu năm của Ban chỉ đạo, diễn ra sáng 11/7.'));
    expect(m).toMatchObject({ title: 'Cuộc họp sơ kết 6 tháng đầu năm của Ban chỉ đạo', date: '2019-07-11' });
    const dialogue = only(read('Tin', 'Sáng 28/6/2019, Thứ trưởng Bộ Giao thông Vận tải Lê Văn An chủ trì cuộc đối thoại ngày 28/6.'));
    expect(dialogue.title).toBe('Cuộc đối thoại');
  });

  it('"Tại phiên khai mạc kỳ họp thứ N <body> khóa X sáng d/m, …": the session, dated after its name', () => {
    const m = only(
      read(
        'Tin',
        'Tại phiên khai mạc kỳ họp thứ 5 Hội đồng nhân dân tỉnh Gia Lai khóa XI sáng 5/7/2019, Ban Pháp chế HĐND tỉnh đã đề nghị HĐND tỉnh thông qua tờ trình.',
        'Cụ thể, báo cáo thẩm tra tại phiên khai mạc kỳ họp, Ban Pháp chế HĐND tỉnh Gia Lai thống nhất và đề nghị thông qua tờ trình số 12 của UBND tỉnh.',
      ),
    );
    expect(m).toMatchObject({ title: 'Kỳ họp thứ 5 Hội đồng nhân dân tỉnh Gia Lai khóa XI', date: '2019-07-05', place: 'Gia Lai' });
  });

  it('a bare meeting set before the day ("Tại cuộc họp báo chiều 5/6, …") is the source of a news item, not read as its meeting', () => {
    const c = read('Tin', 'Tại cuộc họp báo chiều 5/6/2019, ông Lê Văn An, Phó Chánh Văn phòng Bộ Công Thương cho biết giá điện sẽ tăng.');
    expect(c.meetings).toHaveLength(0);
  });
});
