// The error classes of shared/contracts/hard-cases.md, each as a rule of the writing, tested on
// sentences written for this file (other names, places and numbers than the examples there).
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const HEAD = 'Hội nghị tổng kết công tác';
const LEAD = 'Ngày 12/4/2023, Huyện ủy Văn Bàn tổ chức hội nghị tổng kết công tác năm 2022.';
const read = (...body: string[]): ContractDocument => toContract(extractArticle('h.txt', [HEAD, LEAD, ...body].join('\n\n')));
const positions = (c: ContractDocument, name: string): string[] => c.people.find((p) => p.name === name)?.positions ?? [];
const roles = (c: ContractDocument): string[] => (c.meetings[0]?.participants ?? []).map((p) => `${p.name}:${p.role}`);
const orgs = (c: ContractDocument): string[] => c.organizations.map((o) => o.name);

describe('P1: abbreviated titles head a list', () => {
  it('an abbreviation naming its own body, then a full title, then the role verb', () => {
    const c = read('Đ/c Lường Văn Pha – UVBTVTU, Trưởng ban Dân vận Tỉnh ủy phát biểu tổng kết.');
    expect(positions(c, 'Lường Văn Pha')).toEqual(['UVBTVTU', 'Trưởng ban Dân vận Tỉnh ủy']);
    expect(orgs(c)).toEqual(expect.arrayContaining(['BTVTU', 'Ban Dân vận Tỉnh ủy']));
    expect(roles(c)).toEqual(['Lường Văn Pha:spoke']);
  });

  it('an abbreviated office followed by its body', () => {
    const c = read('Bà Đinh Thị Hoa – PBTTT Huyện ủy chủ trì hội nghị.');
    expect(positions(c, 'Đinh Thị Hoa')).toEqual(['PBTTT Huyện ủy']);
    expect(roles(c)).toEqual(['Đinh Thị Hoa:chair']);
  });

  it('spaced and council abbreviations do not drop the rest of the list', () => {
    const c = read('Ông Vừ A Sình, HUV, PCT UBND huyện dự hội nghị.');
    expect(positions(c, 'Vừ A Sình')).toEqual(['HUV', 'PCT UBND huyện']);
    expect(roles(c)).toEqual(['Vừ A Sình:attended']);
  });
});

describe('P2: an abbreviated body inside a title is kept as written', () => {
  it('BCH of the Central Committee, and a delegation of deputies', () => {
    const c = read('Đồng chí Hầu A Lềnh, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh dự và phát biểu.');
    expect(positions(c, 'Hầu A Lềnh')).toEqual(['Ủy viên BCH Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Trưởng Đoàn ĐBQH tỉnh']);
    expect(orgs(c)).toEqual(expect.arrayContaining(['BCH Trung ương Đảng', 'Tỉnh ủy', 'Đoàn ĐBQH tỉnh']));
  });

  it('BTV with the committee of the next position', () => {
    const c = read('Đồng chí Sùng Thị Mai, Ủy viên BTV, Trưởng ban Tuyên giáo Huyện ủy phát biểu.');
    expect(positions(c, 'Sùng Thị Mai')).toEqual(['Ủy viên BTV Huyện ủy', 'Trưởng ban Tuyên giáo Huyện ủy']);
  });
});

describe('P3: central departments', () => {
  it('"Ban + field + Trung ương" with the Ban carried by the office', () => {
    const c = read('Ông Phạm Tất Thành, Phó Trưởng ban Tổ chức Trung ương chủ trì hội nghị.');
    expect(positions(c, 'Phạm Tất Thành')).toEqual(['Phó Trưởng ban Tổ chức Trung ương']);
    expect(orgs(c)).toContain('Ban Tổ chức Trung ương');
    expect(roles(c)).toEqual(['Phạm Tất Thành:chair']);
  });
});

describe('S1: speech verbs besides "phát biểu" are spoke', () => {
  it.each([
    'thông tin về kết quả giám sát',
    'quán triệt những nội dung cơ bản',
    'truyền đạt chuyên đề',
    'trình bày báo cáo chính trị',
    'báo cáo kết quả 6 tháng',
    'nhấn mạnh vai trò của chi bộ',
    'đề nghị các xã rà soát',
  ])('after the person: "%s"', (speech) => {
    const c = read(`Đồng chí Lý Văn Hùng – Phó Giám đốc Sở Nội vụ ${speech}.`);
    expect(roles(c)).toEqual(['Lý Văn Hùng:spoke']);
  });

  it('a cue heading the clause says what the speech was', () => {
    const c = read('Kết luận hội nghị, đồng chí Lý Văn Hùng yêu cầu các chi bộ khắc phục hạn chế.');
    expect(roles(c)).toEqual(['Lý Văn Hùng:concluded']);
  });

  it('"báo cáo viên" is an office, not speech', () => {
    const c = read('Đồng chí Lý Văn Hùng báo cáo viên cấp tỉnh tham gia lớp học.');
    expect(roles(c)).toEqual([]);
  });
});

describe('S2: a ";"-joined list shares its role', () => {
  it('two people, one verb at the end', () => {
    const c = read('Đồng chí Vàng Văn Chư – Trưởng ban Tổ chức Huyện ủy; đồng chí Lò Thị Ơn – Phó Chủ tịch UBND huyện đồng chủ trì hội nghị.');
    expect(roles(c)).toEqual(['Vàng Văn Chư:chair', 'Lò Thị Ơn:chair']);
  });

  it('not when the first has a cue of its own heading the clause', () => {
    const c = read('Dự và chỉ đạo hội nghị có đồng chí Vàng Văn Chư – Bí thư Huyện ủy; đồng chí Lò Thị Ơn – Phó Chủ tịch UBND huyện chủ trì hội nghị.');
    expect(roles(c)).toEqual(['Vàng Văn Chư:directed', 'Lò Thị Ơn:chair']);
  });
});

describe('P4: a shortened repeat of a title is the same position', () => {
  it('adds nothing to the person', () => {
    const c = read('Bà Hà Thị Xuân, Phó Chủ tịch Thường trực UBND huyện dự hội nghị.', 'Phó Chủ tịch Thường trực Hà Thị Xuân phát biểu.');
    expect(positions(c, 'Hà Thị Xuân')).toEqual(['Phó Chủ tịch Thường trực UBND huyện']);
  });
});

describe('organizations', () => {
  it('O1: a lower-case bloc anchored by its level', () => {
    expect(orgs(read('Dự có đại diện các cơ quan trong khối kinh tế - ngân sách huyện.'))).toContain('Khối kinh tế - ngân sách huyện');
  });

  it('O2: a lower-case head of a committee', () => {
    expect(orgs(read('Ban Dân vận trình ban thường vụ Huyện ủy cho ý kiến.'))).toContain('Ban thường vụ Huyện ủy');
  });

  it('O3: bare and variant abbreviations in a list are bodies as written', () => {
    const names = orgs(read('Tham dự có lãnh đạo HĐND, TT UBND, UBMTTQVN huyện; MTTQ và các đoàn thể chính trị - xã hội.'));
    expect(names).toEqual(expect.arrayContaining(['HĐND', 'TT UBND', 'UBMTTQVN huyện', 'MTTQ']));
  });

  it('O4: a name in sentence case runs to its level word', () => {
    expect(orgs(read('Trung tâm văn hóa thông tin huyện báo cáo kết quả.'))).toContain('Trung tâm văn hóa thông tin huyện');
  });

  it('O5: "Đảng bộ" as a count or a scope names no body', () => {
    const names = orgs(read('Năm 2022 có 12 Đảng bộ hoàn thành tốt nhiệm vụ trong toàn Đảng bộ huyện.'));
    expect(names.filter((n) => n.startsWith('Đảng bộ'))).toEqual([]);
  });

  it('O6: a body inside the name of a work, and the name of a force', () => {
    const names = orgs(read('Huyện ra mắt cuốn Lịch sử Hội Cựu chiến binh huyện Văn Bàn. Lực lượng Quân đội Nhân dân và Công an Nhân dân tham gia.'));
    expect(names).not.toContain('Hội Cựu chiến binh huyện');
    expect(names.some((n) => n.startsWith('Công an'))).toBe(false);
  });

  it('O7: "Ban X huyện" and "Ban X Huyện ủy" are one body, in its first form', () => {
    const c = read('Ban Dân vận huyện phối hợp với Mặt trận. Đồng chí Tống Văn Hải, Trưởng ban Dân vận Huyện ủy phát biểu.');
    expect(orgs(c).filter((n) => n.startsWith('Ban Dân vận'))).toEqual(['Ban Dân vận huyện']);
    expect(positions(c, 'Tống Văn Hải')).toEqual(['Trưởng ban Dân vận Huyện ủy']);
  });

  it('O8: an abbreviated body is kept as written', () => {
    expect(orgs(read('Văn phòng tham mưu BTV Huyện ủy ban hành kế hoạch.'))).toContain('BTV Huyện ủy');
  });
});
