// A Party class shared along a list of documents of one kind whose issuer is written once: by a
// member's symbol, or by an earlier mention of a member; never across two classes, never to a
// member with an issuer of its own (read or not), never for State documents.
import { directive, keys } from './helpers.js';

describe('a list of Party documents of one kind', () => {
  it('bare numbers before a member with its Party symbol share its class', () => {
    expect(keys('Qua Chỉ thị 10, Chỉ thị 12 đến Chỉ thị số 14-CT/TW, công tác dân vận có nhiều chuyển biến.')).toEqual(['CT-10-TW', 'CT-12-TW', 'CT-14-TW']);
  });

  it('the shared class fills the conventional symbol, not the issuer', () => {
    const d = directive('Qua Chỉ thị 10, Chỉ thị 12 đến Chỉ thị số 14-CT/TW, công tác dân vận có nhiều chuyển biến.', 'CT-10-TW');
    expect(d).toMatchObject({ symbol: '10-CT/TW', issuer: null });
  });

  it('a member known from an earlier mention gives the class to the others', () => {
    const text =
      'Ban Tuyên giáo tổng kết Nghị quyết số 07-NQ/TW của Bộ Chính trị. Từ Nghị quyết 02, Nghị quyết 04, Nghị quyết 07 có thể thấy vai trò của cơ sở.';
    expect(keys(text)).toEqual(['NQ-7-TW', 'NQ-2-TW', 'NQ-4-TW']);
  });

  it('a later bare mention of a member takes the class too', () => {
    const text = 'Qua Chỉ thị 10 và Chỉ thị số 14-CT/TW, công tác dân vận chuyển biến. Chỉ thị 10 được quán triệt rộng rãi.';
    expect(keys(text)).toEqual(['CT-10-TW', 'CT-14-TW']);
  });

  it('the class follows a local Party code as well', () => {
    expect(keys('Thực hiện Kết luận 21, Kết luận 25 và Kết luận số 30-KL/TU, huyện đã đạt nhiều kết quả.')).toEqual(['KL-21-TU', 'KL-25-TU', 'KL-30-TU']);
  });
});

describe('lists left as they are', () => {
  it('a list naming two classes gives none to its bare member', () => {
    const text = 'Thực hiện Chỉ thị số 05-CT/TW, Chỉ thị 08 và Chỉ thị số 11/CT-TTg, tỉnh đã triển khai nhiều nội dung.';
    expect(keys(text)).toEqual(['CT-5-TW', 'CT-8-?', 'CT-11-TTg']);
  });

  it('a State class is not shared: one kind comes from many bodies', () => {
    const text = 'Căn cứ Quyết định 45, Quyết định số 12/QĐ-TTg, sở đã trình phương án.';
    expect(keys(text)).toEqual(['QĐ-45-?', 'QĐ-12-TTg']);
  });

  it('an issuer written after a member is its own and closes the list', () => {
    const text = 'Đoàn viên thực hiện Chỉ thị 05 của Bộ Chính trị, Chỉ thị 42 của Thường vụ Quân ủy về học tập.';
    expect(keys(text)).toEqual(['CT-5-TW', 'CT-42-?']);
  });

  it('a bare member followed by an unread issuer is not given the class', () => {
    const text = 'Quán triệt Chỉ thị số 05-CT/TW, Chỉ thị 42 của Thường vụ Quân ủy Trung ương về học tập.';
    expect(keys(text)).toEqual(['CT-5-TW', 'CT-42-?']);
  });

  it('documents of another kind in the list do not share the class', () => {
    const text = 'Qua Kế hoạch 12 và Chỉ thị số 14-CT/TW, công tác dân vận có nhiều chuyển biến.';
    expect(keys(text)).toEqual(['KH-12-?', 'CT-14-TW']);
  });

  it('documents not side by side do not share it', () => {
    const text = 'Chỉ thị 10 được ban hành sớm, còn Chỉ thị số 14-CT/TW mới được triển khai.';
    expect(keys(text)).toEqual(['CT-10-?', 'CT-14-TW']);
  });
});
