// Shapes of titles as Vietnamese reports write them (invented sentences): a locality's head named
// by the locality alone, offices joined by "kiêm" sharing the body written once, a duty that is
// no office, the localities above a body in brackets between a title and its holder's name.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';

const read = (body: string) => toContract(extractArticle('t.txt', `Tin địa phương\n${body}`));
const positions = (body: string) => Object.fromEntries(read(body).people.map((p) => [p.name, p.positions]));
const orgs = (body: string) => read(body).organizations.map((o) => `${o.name}|${o.place ?? ''}`);

describe('a locality head named by the locality alone', () => {
  it('reads "Chủ tịch xã X", "Bí thư phường Y", "Phó Chủ tịch TP Z" as written, the locality no body', () => {
    const body =
      'Ông Trần Văn Lộc, Chủ tịch xã Tân Hòa cho biết, xã đã hoàn thành. Bà Lê Thị Mai, Bí thư phường Bến Thành nói thêm. ' +
      'Ông Phan Văn Bảy, Phó Chủ tịch TP Cần Thơ cũng có mặt. Ông Lý Văn Ba, Bí thư quận 3 nói.';
    expect(positions(body)).toEqual({
      'Trần Văn Lộc': ['Chủ tịch xã'],
      'Lê Thị Mai': ['Bí thư phường'],
      'Phan Văn Bảy': ['Phó Chủ tịch TP'],
      'Lý Văn Ba': ['Bí thư quận 3'],
    });
    expect(orgs(body)).toEqual([]);
  });
  it('ends the place before a full name that follows it', () => {
    expect(positions('Chủ tịch xã Tân Hòa Nguyễn Văn Tư phát biểu tại buổi làm việc.')).toEqual({ 'Nguyễn Văn Tư': ['Chủ tịch xã'] });
    // A ward named after a person keeps its whole name.
    expect(positions('Bà Lê Thị Mai, Chủ tịch phường Nguyễn Thái Bình cho biết.')).toEqual({ 'Lê Thị Mai': ['Chủ tịch phường'] });
  });
  it('leaves other offices before a level word alone', () => {
    expect(positions('Ông Trần Văn Lộc, Giám đốc tỉnh Bình Định cho biết.')).toEqual({ 'Trần Văn Lộc': ['Giám đốc'] });
  });
});

describe('offices joined by "kiêm"', () => {
  it('share the body written once after the last', () => {
    expect(positions('Bà Lê Thị Mai, Bí thư kiêm Chủ tịch phường Bến Thành, quận 1 cho biết.')).toEqual({
      'Lê Thị Mai': ['Bí thư phường', 'Chủ tịch phường'],
    });
    const both = positions('Ông Lý Văn Ba, Phó Chủ tịch kiêm Trưởng ban Ban Đại diện phát biểu.')['Lý Văn Ba'];
    expect(both).toEqual(['Phó Chủ tịch Ban Đại diện', 'Trưởng ban Ban Đại diện']);
  });
  it('not across kinds: a Party secretary is no office of a People’s Committee, a Phó Thủ tướng none of a ministry', () => {
    expect(positions('Ông Trần Văn Tư, Bí thư kiêm Chủ tịch UBND xã Tân Hòa nói.')).toEqual({ 'Trần Văn Tư': ['Bí thư', 'Chủ tịch UBND xã'] });
    expect(positions('Ông Lê Văn Sáu, Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao phát biểu.')).toEqual({
      'Lê Văn Sáu': ['Phó Thủ tướng', 'Bộ trưởng Bộ Ngoại giao'],
    });
  });
});

describe('a duty after "kiêm" is no office', () => {
  it('gives the office the body after it ("kiêm người phát ngôn của UBND tỉnh")', () => {
    const body = 'Chúng tôi hỏi ông Phan Văn Bảy, Chánh văn phòng kiêm người phát ngôn của UBND tỉnh Hậu Giang. Ông Bảy cho biết sẽ trả lời sau.';
    expect(positions(body)['Phan Văn Bảy']).toEqual(['Chánh Văn phòng UBND tỉnh']);
    expect(orgs(body)).toContain('Văn phòng UBND tỉnh|Hậu Giang');
  });
});

describe('localities in brackets between a title and the name', () => {
  it('do not hide the holder', () => {
    expect(positions('Gia đình của Bí thư Đảng ủy xã Tân Hòa (huyện Tân Lập, Quảng Nam) Lê Văn Tám đang nắm nhiều chức vụ.')).toEqual({
      'Lê Văn Tám': ['Bí thư Đảng ủy xã'],
    });
    expect(positions('Chủ tịch UBND xã Tân Lập (huyện Đan Phượng) Lê Văn Tâm phát biểu.')).toEqual({ 'Lê Văn Tâm': ['Chủ tịch UBND xã'] });
  });
  it('need a family name: a bracketed locality before a capitalised word is no person', () => {
    expect(positions('Chủ tịch UBND xã Tân Lập (huyện Đan Phượng) Hôm qua đã họp.')).toEqual({});
  });
});

describe('a career and a transfer told in narrative', () => {
  it('"từng đảm nhiệm các chức vụ X, Y" gives the person X and Y', () => {
    const body =
      'Ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh dự. Trước đó, ông Lê Văn Tám từng đảm nhiệm các chức vụ Giám đốc Sở Tài chính, Bí thư Huyện ủy Tân Lập.';
    expect(positions(body)['Lê Văn Tám']).toEqual(['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Tài chính', 'Bí thư Huyện ủy']);
  });
  it('"điều động ông A (…) đến giữ chức X thay ông B đến nhận nhiệm vụ là Y"', () => {
    const body =
      'Ban Thường vụ Tỉnh ủy công bố quyết định điều động ông Lê Văn Tám (Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh) đến giữ chức Trưởng ban Dân vận Tỉnh ủy thay ông Trần Văn Tư đến nhận nhiệm vụ là Bí thư Huyện ủy Tân Lập.';
    expect(positions(body)).toEqual({
      'Lê Văn Tám': ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh', 'Trưởng ban Dân vận Tỉnh ủy'],
      'Trần Văn Tư': ['Bí thư Huyện ủy'],
    });
  });
});

describe('a shortened repeat of a title', () => {
  it('that leaves out words in the middle adds nothing', () => {
    const body = 'Ông Lê Văn Tám, Phó Chủ tịch Thường trực UBND tỉnh dự hội nghị. HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Tám.';
    expect(positions(body)['Lê Văn Tám']).toEqual(['Phó Chủ tịch Thường trực UBND tỉnh']);
  });
  it('but another office is no shortened one', () => {
    const body = 'Ông Lê Văn Tám, Phó Giám đốc Sở Tài chính dự. Ông Lê Văn Tám từng là Giám đốc Sở Tài chính.';
    expect(positions(body)['Lê Văn Tám']).toEqual(['Phó Giám đốc Sở Tài chính', 'Giám đốc Sở Tài chính']);
  });
});

describe('an office in the plural heading a list of names', () => {
  it('"các Phó Chủ tịch Quốc hội: A; B" gives each the office, and the cue before reaches them', () => {
    const body = 'Sáng 12/6, dưới sự điều hành của các Phó Chủ tịch Quốc hội: Đỗ Văn Tám; Phùng Quốc Tư, Quốc hội đã biểu quyết thông qua Luật Thủy lợi.';
    expect(positions(body)).toEqual({ 'Đỗ Văn Tám': ['Phó Chủ tịch Quốc hội'], 'Phùng Quốc Tư': ['Phó Chủ tịch Quốc hội'] });
  });
  it('"X hiện có N <office> gồm các ông: A, B và C": the offices are the subject body’s', () => {
    const body = 'UBND tỉnh Hậu Giang hiện có 3 Phó Chủ tịch UBND gồm các ông: Lê Văn Tám, Trần Văn Tư và Phan Văn Bảy.';
    expect(positions(body)).toEqual({
      'Lê Văn Tám': ['Phó Chủ tịch UBND tỉnh'],
      'Trần Văn Tư': ['Phó Chủ tịch UBND tỉnh'],
      'Phan Văn Bảy': ['Phó Chủ tịch UBND tỉnh'],
    });
  });
  it('needs the colon or "gồm": "các Phó Chủ tịch UBND tỉnh Lê Văn Tám" is no list', () => {
    expect(positions('Ông Trần Văn Tư gặp các Phó Chủ tịch UBND tỉnh, Lê Văn Tám nói.')).toEqual({ 'Trần Văn Tư': [] });
  });
});

describe('an office before a bare head', () => {
  it('is written so ("Giám đốc Trung tâm", "Chủ tịch Công đoàn"), no body of the report', () => {
    const body = 'Dự có đồng chí Tống Văn Tám, Bí thư chi bộ - Giám đốc Trung tâm; đồng chí Nguyễn Lương Tư, Phó Giám đốc Trung tâm - Chủ tịch Công đoàn.';
    expect(positions(body)).toEqual({
      'Tống Văn Tám': ['Bí thư chi bộ', 'Giám đốc Trung tâm'],
      'Nguyễn Lương Tư': ['Phó Giám đốc Trung tâm', 'Chủ tịch Công đoàn'],
    });
    expect(orgs(body)).toEqual([]);
  });
  it('but a head with its name is the body as before', () => {
    expect(positions('Ông Lê Văn Bảy, Giám đốc Trung tâm Y tế huyện nói.')).toEqual({ 'Lê Văn Bảy': ['Giám đốc Trung tâm Y tế huyện'] });
  });
});

describe('a list of names after "các đồng chí:"', () => {
  it('reads the last name joined by "và" alone, whatever common family name it has', () => {
    expect(Object.keys(positions('Đại hội bầu Ban Chấp hành mới gồm các đồng chí: Hoàng Văn Tám, Tống Thị Mai và Tào Văn Tư.'))).toEqual([
      'Hoàng Văn Tám',
      'Tống Thị Mai',
      'Tào Văn Tư',
    ]);
  });
});
