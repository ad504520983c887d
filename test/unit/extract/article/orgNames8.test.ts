// How administrative names are written, each as a rule of the writing, tested on sentences
// written for this file: two fields joined by a dash, a unit named with the national body it
// belongs to.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';

const HEAD = 'Tổng kết công tác năm';
const read = (...body: string[]): ContractDocument => toContract(extractArticle('n8.txt', [HEAD, ...body].join('\n')));
const orgs = (c: ContractDocument): string[] => c.organizations.map((o) => (o.place ? `${o.name} @${o.place}` : o.name));
const positions = (c: ContractDocument, name: string): string[] => c.people.find((p) => p.name === name)?.positions ?? [];
const org = (s: string) => {
  const o = parseOrgAt(makeDoc(s), 0);
  return o && { name: o.name, place: o.place, national: o.national };
};

describe('two fields joined by a dash are one field, spaced or not', () => {
  it('a dash with no space, inside one written word ("đua-Khen") or between abbreviations', () => {
    expect(org('Ban Văn hóa-Xã hội HĐND tỉnh Hà Giang thẩm tra')).toMatchObject({ name: 'Ban Văn hóa-Xã hội HĐND tỉnh', place: 'Hà Giang' });
    expect(org('Sở Khoa học-Công nghệ tỉnh Lào Cai cho biết')).toMatchObject({ name: 'Sở Khoa học-Công nghệ tỉnh', place: 'Lào Cai' });
    expect(org('Sở Lao động-Thương binh và Xã hội tỉnh Lào Cai')).toMatchObject({ name: 'Sở Lao động-Thương binh và Xã hội tỉnh' });
    expect(org('Hội đồng Thi đua-Khen thưởng huyện Mèo Vạc họp')).toMatchObject({ name: 'Hội đồng Thi đua-Khen thưởng huyện', place: 'Mèo Vạc' });
  });

  it('an abbreviation joined by a dash takes no lower-case word after it', () => {
    expect(org('Sở KH-ĐT thành lập tổ công tác')).toMatchObject({ name: 'Sở KH-ĐT' });
    expect(org('Bộ GD-ĐT công bố')).toMatchObject({ name: 'Bộ GD-ĐT' });
  });

  it('one body written with a spaced and an unspaced dash is one organization, in its first form', () => {
    const c = read(
      'Ngày 3/8, Hội đồng Thi đua - Khen thưởng huyện Mèo Vạc tổ chức hội nghị.',
      'Năm nay, Hội đồng Thi đua-Khen thưởng huyện Mèo Vạc đề nghị khen 12 tập thể.',
    );
    expect(orgs(c)).toEqual(['Hội đồng Thi đua - Khen thưởng huyện @Mèo Vạc']);
  });
});

describe('a unit written straight before the national body it belongs to is one body', () => {
  it('a council, a department or an office of a ministry', () => {
    expect(org('Hội đồng Thi đua - Khen thưởng Bộ Công an họp')).toMatchObject({
      name: 'Hội đồng Thi đua - Khen thưởng Bộ Công an',
      national: true,
      place: null,
    });
    expect(org('Vụ Pháp chế Bộ Tư pháp cho biết')).toMatchObject({ name: 'Vụ Pháp chế Bộ Tư pháp', national: true });
    expect(org('Văn phòng Bộ Y tế thông báo')).toMatchObject({ name: 'Văn phòng Bộ Y tế', national: true });
    expect(org('Tổng cục Thuế Bộ Tài chính yêu cầu')).toMatchObject({ name: 'Tổng cục Thuế Bộ Tài chính' });
  });

  it('the position names the unit with its ministry; the ministry written alone elsewhere is a body too', () => {
    const c = read(
      'Ngày 4/7, tại Hà Nội, Hội đồng Thi đua - Khen thưởng Bộ Công an tổ chức phiên họp. Trung tướng Đỗ Văn Hải, Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ Công an chủ trì.',
      'Hội đồng Thi đua-Khen thưởng Bộ Công an thống nhất thực hiện nghiêm chỉ thị của Đảng ủy Công an Trung ương, Bộ Công an.',
    );
    expect(orgs(c)).toEqual(expect.arrayContaining(['Hội đồng Thi đua - Khen thưởng Bộ Công an', 'Bộ Công an']));
    expect(orgs(c)).not.toContain('Hội đồng Thi đua - Khen thưởng');
    expect(orgs(c).filter((n) => n.startsWith('Hội đồng'))).toHaveLength(1);
    expect(positions(c, 'Đỗ Văn Hải')).toEqual(['Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ Công an']);
    expect(c.meetings[0]?.organizers).toEqual(['Hội đồng Thi đua - Khen thưởng Bộ Công an']);
  });

  it('a comma or "và" between them makes two bodies; a plural with no field names a class', () => {
    expect(orgs(read('Sở Y tế, Bộ Y tế đã kiểm tra.'))).toEqual(['Sở Y tế', 'Bộ Y tế']);
    expect(orgs(read('Hợp tác giữa các Ủy ban Quốc hội và các bộ tiếp tục được đẩy mạnh.'))).toEqual([]);
  });
});

describe('an inspectorate or a committee named with the national body it belongs to', () => {
  it('"Thanh tra" + the Government or a ministry is one body; "Chính phủ" is never a place', () => {
    expect(org('Thanh tra Chính phủ kết luận')).toMatchObject({ name: 'Thanh tra Chính phủ', place: null, national: true });
    expect(org('Thanh tra Bộ Giao thông vận tải kiểm tra')).toMatchObject({ name: 'Thanh tra Bộ Giao thông vận tải', national: true });
    expect(org('Thanh tra tỉnh Kon Tum kết luận')).toMatchObject({ name: 'Thanh tra tỉnh', place: 'Kon Tum' });
    expect(org('Đảng ủy Quốc hội tổ chức hội nghị')).toMatchObject({ name: 'Đảng ủy Quốc hội', place: null, national: true });
    expect(org('Công đoàn Bộ Xây dựng phát động')).toMatchObject({ name: 'Công đoàn Bộ Xây dựng' });
  });

  it('in an article: the inspectorate, its Party committee and an office carrying the head', () => {
    const c = read(
      'Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến của Thủ tướng Chính phủ giao Thanh tra Chính phủ kiểm tra vụ việc.',
      'Ông Lê Minh Quang, Chánh Thanh tra Bộ Giao thông vận tải cho biết đã nhận được văn bản.',
    );
    expect(orgs(c)).toEqual(expect.arrayContaining(['Văn phòng Chính phủ', 'Thanh tra Chính phủ', 'Thanh tra Bộ Giao thông vận tải']));
    expect(orgs(c).some((n) => n.includes('@'))).toBe(false);
    expect(positions(c, 'Lê Minh Quang')).toEqual(['Chánh Thanh tra Bộ Giao thông vận tải']);
  });

  it('a bare name beside a local and a national candidate, with no organizer level, stays as written', () => {
    const c = read(
      'Ủy ban Kiểm tra Trung ương xem xét báo cáo giám sát Ban cán sự đảng Thanh tra Chính phủ và Ban cán sự đảng UBND tỉnh Kon Tum.',
      'Ông Lê Minh Quang, nguyên Bí thư Ban cán sự đảng, nguyên Chủ tịch UBND tỉnh Kon Tum có trách nhiệm.',
    );
    expect(positions(c, 'Lê Minh Quang')).toContain('Bí thư Ban cán sự đảng');
  });
});

describe('"Trung ương" written short (T.Ư, T.W, TƯ, TW) is kept as written', () => {
  it('a central department, the military commission and a part of it', () => {
    expect(org('Ban Dân vận T.Ư chỉ đạo')).toMatchObject({ name: 'Ban Dân vận T.Ư', national: true });
    expect(org('Ban Kinh tế TƯ chủ trì')).toMatchObject({ name: 'Ban Kinh tế TƯ', national: true });
    expect(org('Quân ủy T.Ư quyết định')).toMatchObject({ name: 'Quân ủy T.Ư', national: true });
    expect(org('Ban Thường vụ Quân ủy Trung ương họp')).toMatchObject({ name: 'Ban Thường vụ Quân ủy Trung ương', national: true });
    expect(org('Ban Bí thư T.Ư quyết định')).toMatchObject({ name: 'Ban Bí thư T.Ư', national: true });
    expect(org('Văn phòng T.Ư Đảng thông báo')).toMatchObject({ name: 'Văn phòng T.Ư Đảng', national: true });
  });

  it('"tư" in lower case is a word, not the Centre', () => {
    expect(org('Ban Kinh tế tư nhân')).not.toMatchObject({ national: true });
  });

  it('the rank "Bí thư T.Ư Đảng" is a position whose body is no organization; the list after it is read on', () => {
    const c = read(
      'Ngày 9/6, tại Hà Nội, Hội đồng Thi đua - Khen thưởng Bộ Công an tổ chức phiên họp. Thượng tướng Lê Văn Tâm, Bí thư T.Ư Đảng, Thứ trưởng Bộ Công an, Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ Công an chủ trì phiên họp.',
      'Hội đồng thống nhất thực hiện nghiêm chỉ thị của Quân ủy T.Ư, Đảng ủy Công an Trung ương.',
    );
    expect(positions(c, 'Lê Văn Tâm')).toEqual(['Bí thư T.Ư Đảng', 'Thứ trưởng Bộ Công an', 'Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ Công an']);
    expect(orgs(c)).toEqual(expect.arrayContaining(['Quân ủy T.Ư', 'Hội đồng Thi đua - Khen thưởng Bộ Công an']));
    expect(orgs(c).filter((n) => /^(?:T\.Ư|Trung ương)/u.test(n))).toEqual([]);
  });

  it('the centre of a mass organisation is named with it', () => {
    expect(org('BCH T.Ư Hội Nông dân Việt Nam phát động')).toMatchObject({ name: 'BCH T.Ư Hội Nông dân Việt Nam', national: true });
    expect(org('Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh họp')).toMatchObject({
      name: 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    });
    expect(org('T.Ư Hội Cựu chiến binh Việt Nam tổ chức')).toMatchObject({ name: 'T.Ư Hội Cựu chiến binh Việt Nam' });
  });
});

describe('a central body written with and without "Trung ương" / "Đảng" is one organization', () => {
  it('with and without "Đảng", short or in full: one entry in its first form', () => {
    const c = read(
      'Ngày 12/10, Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII khai mạc tại Hà Nội.',
      'Ban Chấp hành Trung ương thảo luận tại tổ. Ủy ban Kiểm tra T.Ư báo cáo; Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật.',
    );
    expect(orgs(c).filter((n) => n.startsWith('Ban Chấp hành'))).toEqual(['Ban Chấp hành Trung ương Đảng']);
    expect(orgs(c).filter((n) => n.startsWith('Ủy ban Kiểm tra'))).toEqual(['Ủy ban Kiểm tra T.Ư']);
  });

  it('a body only the Centre has ("Ban Bí thư") is the same body with "Trung ương Đảng"; the meeting\'s account names it', () => {
    const c = read(
      'Ban Bí thư Trung ương Đảng quyết định kỷ luật một cán bộ.',
      'Ngày 14/3/2018, tại Hà Nội, Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư Lê Văn Thành để xem xét báo cáo của Ủy ban Kiểm tra Trung ương.',
    );
    expect(orgs(c).filter((n) => n.startsWith('Ban Bí thư'))).toEqual(['Ban Bí thư']);
    expect(c.meetings[0]?.organizers).toEqual(['Ban Bí thư']);
  });

  it('a local executive committee is not the Central Committee; the Front written in full and short is one body', () => {
    const c = read(
      'Ngày 5/4, Ban Chấp hành Đảng bộ tỉnh Lạng Sơn họp; Ban Chấp hành Trung ương Đảng đã ban hành nghị quyết.',
      'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phối hợp; Ủy ban Trung ương MTTQ Việt Nam hướng dẫn.',
    );
    expect(orgs(c)).toEqual(
      expect.arrayContaining(['Ban Chấp hành Đảng bộ tỉnh @Lạng Sơn', 'Ban Chấp hành Trung ương Đảng', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']),
    );
    expect(orgs(c)).not.toContain('Ủy ban Trung ương MTTQ Việt Nam');
  });
});
