// How reports tell who did what (invented sentences): verbs joined after the first, the sides of a
// working session, praise said there, a person called by given name once named in full, and a
// photographer credited after the writer.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import { parseByline } from '../../../../src/extract/article/authors.js';

const read = (body: string) => toContract(extractArticle('t.txt', `Tin địa phương\n${body}`));
const roles = (body: string) => read(body).meetings.flatMap((m) => m.participants.map((p) => `${p.name}:${p.role}`));
const people = (body: string) => read(body).people.map((p) => p.name);

const LEAD = 'Ngày 5/5, Huyện ủy Tân Lập tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019. ';

describe('verbs joined after the first', () => {
  it('each give their role ("chủ trì, phát biểu khai mạc và bế mạc")', () => {
    expect(roles(`${LEAD}Đồng chí Lê Văn Tám, Bí thư Huyện ủy chủ trì, phát biểu khai mạc và bế mạc hội nghị.`)).toEqual([
      'Lê Văn Tám:chair',
      'Lê Văn Tám:spoke',
    ]);
  });
  it('not across another person ("A chủ trì, ông B phát biểu")', () => {
    expect(roles(`${LEAD}Ông Lê Văn Tám, Bí thư Huyện ủy chủ trì, ông Trần Văn Tư phát biểu.`)).toEqual(['Lê Văn Tám:chair', 'Trần Văn Tư:spoke']);
  });
});

describe('the sides of a working session', () => {
  const body =
    'Sáng 7/3, Đoàn công tác của Bộ Nội vụ có buổi làm việc với UBND tỉnh Hậu Giang. ' +
    'Về phía tỉnh Hậu Giang có đồng chí Trần Văn Lộc - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Lê Văn Tám - Phó Chủ tịch UBND tỉnh. ' +
    'Tại buổi làm việc, đồng chí Trần Văn Lộc, Chủ tịch UBND tỉnh, đánh giá cao sự hỗ trợ của Bộ.';
  it('"Về phía X có đồng chí A …; đồng chí B …" lists attendees', () => {
    expect(roles(body)).toEqual(expect.arrayContaining(['Trần Văn Lộc:attended', 'Lê Văn Tám:attended']));
  });
  it('praise said at the meeting ("đánh giá cao") is speech', () => {
    expect(roles(body)).toContain('Trần Văn Lộc:spoke');
    expect(roles(body)).not.toContain('Lê Văn Tám:spoke');
  });
  it('"về phía" inside a clause about something else lists no one', () => {
    expect(roles(`${LEAD}Ông Lê Văn Tám, Bí thư Huyện ủy nhận xét về phía người dân còn nhiều khó khăn.`)).toEqual([]);
  });
});

describe('a person called by given name once named in full', () => {
  const body = `${LEAD}Trang trại của ông Nguyễn Văn Minh ở xã Tân Hòa còn tồn 800 con heo. Ông Minh cho biết, chưa năm nào lỗ nặng như năm nay. Bà Nguyễn Thị Thu Hà, Giám đốc Ngân hàng Nhà nước tỉnh dự hội nghị. Bà Thu Hà cho hay sẽ hỗ trợ vốn vay.`;
  it('is that person, with the role said of the repeat', () => {
    expect(roles(body)).toEqual(expect.arrayContaining(['Nguyễn Văn Minh:spoke', 'Nguyễn Thị Thu Hà:spoke']));
  });
  it('adds no person', () => {
    expect(people(body)).toEqual(['Nguyễn Văn Minh', 'Nguyễn Thị Thu Hà']);
  });
  it('is no one when two people named before share the given name', () => {
    const two = `${LEAD}Ông Nguyễn Văn Minh, Bí thư Huyện ủy dự hội nghị. Ông Trần Quang Minh, Chủ tịch UBND huyện cũng dự. Ông Minh cho biết huyện đã hoàn thành.`;
    expect(roles(two).filter((r) => r.endsWith(':spoke'))).toEqual([]);
  });
});

describe('a photographer after the writer', () => {
  it('is no author', () => {
    expect(parseByline('Lan Anh, ảnh: Minh Đức')).toEqual(['Lan Anh']);
    expect(parseByline('Lan Anh - Ảnh: Minh Đức')).toEqual(['Lan Anh']);
  });
  it('but "Tin, ảnh: A" is the writer who took the photos', () => {
    expect(parseByline('Tin, ảnh: Minh Đức')).toEqual(['Minh Đức']);
  });
});

describe('words that look like a direction but tell none', () => {
  it('a cue word in a series of nouns of management ("lãnh đạo, chỉ đạo, tổ chức thực hiện")', () => {
    expect(roles(`${LEAD}Trong công tác lãnh đạo, chỉ đạo, tổ chức thực hiện nhiệm vụ, đồng chí Lê Văn Tám, Bí thư Huyện ủy nêu rõ cần đổi mới.`)).toEqual([
      'Lê Văn Tám:spoke',
    ]);
  });
  it('a direction followed by the task it gives ("đã chỉ đạo, giao cho …")', () => {
    const body = `${LEAD}Người dân gửi đơn lên trung ương, Phó Thủ tướng Trần Văn Lộc đã trực tiếp chỉ đạo, giao cho Thanh tra Chính phủ thanh tra dự án.`;
    expect(roles(body)).toEqual([]);
    expect(roles(`${LEAD}Đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy dự, chỉ đạo.`)).toEqual(['Lê Văn Tám:directed']);
  });
});

describe('"cũng" before a verb', () => {
  it('of speech is still that person’s speech ("ông A … cũng thừa nhận")', () => {
    expect(roles(`${LEAD}Ông Lê Văn Tám - Phó Chánh Thanh tra tỉnh cũng thừa nhận đây là vụ khiếu nại kéo dài.`)).toEqual(['Lê Văn Tám:spoke']);
  });
  it('of direction tells what was done besides, no role ("Thủ tướng cũng chỉ đạo, nói rõ thêm")', () => {
    expect(roles(`${LEAD}Tại hội nghị, ông Lê Văn Tám, Bí thư Huyện ủy cũng chỉ đạo, nói rõ thêm một số việc.`)).toEqual([]);
  });
});
