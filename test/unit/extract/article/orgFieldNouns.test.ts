// A body's field written in sentence case (Nghị định 30/2020/NĐ-CP capitalises only the first
// word of a unit's field in everyday writing): the lower-case nouns of its domain go on with the
// field, a capital that begins such a noun brings its lower-case syllable; tested on sentences
// written for this file.
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';

const org = (s: string, at = 0) => parseOrgAt(makeDoc(s), at)?.name ?? null;

describe('a field in sentence case', () => {
  it('goes on in the lower-case nouns of its domain', () => {
    expect(org('Cục Xúc tiến thương mại đã gửi báo cáo')).toBe('Cục Xúc tiến thương mại');
    expect(org('Cục Quản lý xuất nhập khẩu, Bộ Công Thương')).toBe('Cục Quản lý xuất nhập khẩu');
  });

  it('a capital that begins a noun of the list brings its lower-case syllable', () => {
    expect(org('Trung tâm Phát triển Quỹ đất huyện cho biết')).toBe('Trung tâm Phát triển Quỹ đất huyện');
    expect(org('Trung tâm Hỗ trợ Xuất khẩu thông báo')).toBe('Trung tâm Hỗ trợ Xuất khẩu');
    expect(org('Hội đồng Bồi thường - Hỗ trợ & Tái định cư huyện họp')).toBe('Hội đồng Bồi thường - Hỗ trợ & Tái định cư huyện');
  });

  it('a field joined by "và" ends in its nouns', () => {
    expect(org('Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp yêu cầu')).toBe('Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp');
  });

  it('all in lower case after a capitalised head, a compound then nouns of the domain', () => {
    expect(org('Ban quản lý cảng cá đã cho thuê đất')).toBe('Ban Quản lý cảng cá');
    expect(org('Trung tâm đăng kiểm tàu cá sẽ kiểm định')).toBe('Trung tâm Đăng kiểm tàu cá');
  });

  it('stops at a word that is no noun of the domain', () => {
    expect(org('Cục Xúc tiến thương mại xác nhận việc này')).toBe('Cục Xúc tiến thương mại');
    expect(org('Chi cục Kiểm lâm tổ chức kiểm tra')).toBe('Chi cục Kiểm lâm');
  });

  it('a capital straight after another goes on a proper name, no noun ("Nhân Dân số")', () => {
    expect(org('Báo Nhân Dân số ra ngày 3-5 đăng bài')).toBe('Báo Nhân Dân');
  });

  it('a ministry is named in full as written, the nouns after it are what it does', () => {
    expect(org('Bộ Công Thương xuất khẩu')).toBe('Bộ Công Thương');
  });
});

describe('a committee named by the list of its fields', () => {
  it('runs over the commas to the item after "và"', () => {
    expect(org('Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội thẩm tra')).toBe(
      'Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng',
    );
    expect(org('Ủy ban Khoa học, Công nghệ và Môi trường thẩm tra')).toBe('Ủy ban Khoa học, Công nghệ và Môi trường');
  });

  it('no "và" closing the list, the commas part bodies', () => {
    expect(org('Ủy ban Pháp luật, Tư pháp đồng ý')).toBe('Ủy ban Pháp luật');
  });
});
