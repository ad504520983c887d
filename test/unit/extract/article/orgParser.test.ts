import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';

const org = (s: string, implied?: string) => {
  const o = parseOrgAt(makeDoc(s), 0, implied);
  return o && { name: o.name, place: o.place, level: o.level, anchored: o.anchored, national: o.national };
};

describe('parseOrgAt', () => {
  it('reads a committee, lower case normalised, with its place', () => {
    expect(org('thành ủy Bắc Giang chỉ đạo')).toMatchObject({ name: 'Thành ủy', place: 'Bắc Giang', level: 'thành phố' });
    expect(org('Quận ủy họp')).toMatchObject({ name: 'Quận ủy', place: null, level: 'quận' });
  });
  it('reads a committee part with its committee', () => {
    expect(org('Ban Thường vụ Thị ủy đã')).toMatchObject({ name: 'Ban Thường vụ Thị ủy', anchored: true });
    expect(org('Thường trực Huyện ủy Lục Ngạn')).toMatchObject({ name: 'Thường trực Huyện ủy', place: 'Lục Ngạn' });
  });
  it('reads head, field and committee; the field in standard case', () => {
    expect(org('Ban Dân Vận huyện ủy Lục Ngạn phối hợp')).toMatchObject({ name: 'Ban Dân vận Huyện ủy', place: 'Lục Ngạn' });
    expect(org('Ban Tổ chức Tỉnh ủy')).toMatchObject({ name: 'Ban Tổ chức Tỉnh ủy', place: null, level: 'tỉnh' });
  });
  it('keeps the level word and moves the proper place name out', () => {
    expect(org('UBND thị xã Sơn Tây ban hành')).toMatchObject({ name: 'UBND thị xã', place: 'Sơn Tây', level: 'thị xã' });
    expect(org('Ủy ban nhân dân tỉnh')).toMatchObject({ name: 'Ủy ban nhân dân tỉnh', place: null });
    expect(org('Khối Dân vận huyện Lục Ngạn')).toMatchObject({ name: 'Khối Dân vận huyện', place: 'Lục Ngạn' });
    expect(org('Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang')).toMatchObject({ name: 'Sở Lao động - Thương binh và Xã hội tỉnh', place: 'Bắc Giang' });
  });
  it('reads a field with lower-case words when it reaches a level word', () => {
    expect(org('Trung tâm Bồi dưỡng chính trị huyện')).toMatchObject({ name: 'Trung tâm Bồi dưỡng chính trị huyện' });
    expect(org('Khối Thi đua tiếp tục đẩy mạnh')).toMatchObject({ name: 'Khối Thi đua', anchored: false });
  });
  it('reads national bodies', () => {
    expect(org('Ban Bí thư Trung ương Đảng')).toMatchObject({ name: 'Ban Bí thư Trung ương Đảng', national: true });
    expect(org('Thủ tướng Chính phủ')).toMatchObject({ name: 'Thủ tướng Chính phủ', national: true });
    expect(org('Ban Dân vận Trung ương')).toMatchObject({ name: 'Ban Dân vận Trung ương', national: true });
  });
  it('reads the body an office carries ("Trưởng ban" → "Ban")', () => {
    expect(org('Tổ chức Huyện ủy', 'Ban')).toMatchObject({ name: 'Ban Tổ chức Huyện ủy' });
    expect(org('Huyện ủy', 'Văn phòng')).toMatchObject({ name: 'Văn phòng Huyện ủy' });
  });
  it('rejects words that only look like bodies', () => {
    expect(org('Ban tiếp thu và báo cáo')).toBeNull();
    expect(org('ban tuyên giáo các cấp')).toBeNull();
    expect(org('Hội trường Huyện ủy')).toBeNull();
    expect(org('Ngành Y tế')).toBeNull();
  });
  it('cuts a person name off the place', () => {
    expect(org('UBND tỉnh Bắc Giang Lê Ánh Dương')).toMatchObject({ place: 'Bắc Giang' });
    expect(org('Huyện ủy Đinh Văn Tuấn')).toMatchObject({ place: null });
  });
});

describe('parseOrgAt: bodies of a council', () => {
  it('reads a committee of the people\'s council with its parent, a capitalised "Xã" inside a field', () => {
    expect(org('Ban Kinh tế - Xã hội HĐND huyện Yên Thế thẩm tra')).toMatchObject({ name: 'Ban Kinh tế - Xã hội HĐND huyện', place: 'Yên Thế' });
    expect(org('Ban Pháp chế HĐND tỉnh')).toMatchObject({ name: 'Ban Pháp chế HĐND tỉnh', level: 'tỉnh' });
  });
});

describe('parseOrgAt: Party organization and National Assembly delegation', () => {
  it('reads "Ban Chấp hành Đảng bộ tỉnh X" and the delegation an office carries', () => {
    expect(org('Ban Chấp hành Đảng bộ huyện Yên Thế khóa XXIII')).toMatchObject({ name: 'Ban Chấp hành Đảng bộ huyện', place: 'Yên Thế' });
    expect(org('tỉnh Lạng Sơn', 'Đoàn đại biểu Quốc hội')).toMatchObject({ name: 'Đoàn đại biểu Quốc hội tỉnh', place: 'Lạng Sơn' });
  });
});

describe('placeAfter: places named after figures, level word repeated', () => {
  it('reads "Thành ủy Thành phố Hồ Chí Minh" and cuts a person after it', () => {
    expect(org('Thành ủy Thành phố Hồ Chí Minh tổ chức')).toMatchObject({ name: 'Thành ủy', place: 'Hồ Chí Minh' });
    expect(org('UBND thành phố Hồ Chí Minh Phan Văn Mãi')).toMatchObject({ name: 'UBND thành phố', place: 'Hồ Chí Minh' });
  });
});
