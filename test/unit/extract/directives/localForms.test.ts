// Citation forms found missed on held-out real reports (test/gold-local, genre-dev); every
// sentence here is invented, with other numbers, bodies and places.
import { keys, run } from './helpers.js';

describe('citation forms of local reports', () => {
  it('a Nghị định is the Government’s and a Luật the National Assembly’s, issuer written or not', () => {
    expect(keys('Theo quy định tại Nghị định 38/2016 về tổ chức các phòng chuyên môn, mỗi phòng có không quá ba phó.')).toEqual(['NĐ-38-CP']);
    expect(keys('Xã đã hỗ trợ ngư dân vay vốn theo Nghị định số 52 về chính sách thủy sản.')).toEqual(['NĐ-52-CP']);
    expect(keys('Cán bộ được tập huấn Luật số 12 về tiếp công dân.')).toEqual(['L-12-QH']);
  });

  it('a number followed by the issuer’s code alone ("67/CP", "15/TTg") takes that code as class', () => {
    expect(keys('Các tàu cá đóng mới theo Nghị định 81/CP đã bị hư hỏng.')).toEqual(['NĐ-81-CP']);
    expect(keys('Thủ tướng đã có Chỉ thị 215/TTg về cấm đốt pháo.')).toEqual(['CT-215-TTg']);
    // A kind code after the slash is no issuer: "12/KH" says nothing of who issued it.
    expect(keys('Ủy ban đã ban hành Quyết định 12/KH của huyện.')[0]).toBe('QĐ-12-?');
  });

  it('a lower-case kind with a bare number, introduced by a word of reference and going on after it, is a citation', () => {
    expect(keys('Số đầu sách vẫn chưa đạt như trong chỉ thị 37 đã đề ra.')).toEqual(['CT-37-?']);
    expect(keys('Các xã làm theo nghị quyết 14, đồng thời rà soát hộ nghèo.')).toEqual(['NQ-14-?']);
    // A count after the number is prose, whatever introduces it.
    expect(keys('Huyện thực hiện theo kế hoạch 5 năm đã đề ra.')).toEqual([]);
    expect(keys('Cán bộ xã đi theo hướng dẫn 30 hộ dân làm hồ sơ.')).toEqual([]);
  });

  it('a document named in a sentence that steps out of the report ("Trước đó", "Liên quan đến …, mới đây") is listed but not cited', () => {
    const r = run(
      'Hội nghị đã quán triệt Chỉ thị số 09-CT/TU của Ban Thường vụ Tỉnh ủy. Trước đó, Ban Bí thư ban hành Kết luận số 17-KL/TW. ' +
        'Liên quan đến nhà công vụ, mới đây Bộ Xây dựng đã trình sửa đổi Quyết định 41/2019/QĐ-TTg. Được biết, Tỉnh ủy đã có Kế hoạch số 22-KH/TU.',
    );
    expect(r.directives.map((d) => d.key)).toEqual(['CT-9-TU', 'KL-17-TW', 'QĐ-41-TTg', 'KH-22-TU']);
    expect(r.citations.map((c) => c.key)).toEqual(['CT-9-TU']);
  });

  it('a lead opening with "Mới đây" is the report itself: its documents are cited', () => {
    const r = run('Mới đây, Huyện ủy Tân Lạc tổ chức hội nghị sơ kết Nghị quyết số 06-NQ/HU về phát triển chè.');
    expect(r.citations.map((c) => c.key)).toEqual(['NQ-6-HU']);
  });
});
