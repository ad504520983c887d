// Where a meeting was held, read from its lead sentence (invented sentences).
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { heldIn } from '../../../../src/extract/article/meetingPlace.js';
import { extractArticle } from '../../../../src/extract/extractArticle.js';

const held = (sentence: string): string | null => heldIn(makeDoc(sentence), { start: 0, end: sentence.length });

describe('heldIn', () => {
  it('reads the fronted "tại" phrase of the lead', () => {
    expect(held('Sáng 3/4, tại Hải Dương, Ban Tổ chức Trung ương tổ chức Hội nghị tập huấn công tác cán bộ.')).toBe('Hải Dương');
    expect(held('Ngày 12/9 tại Bắc Ninh, Bộ Tư pháp tổ chức hội thảo.')).toBe('Bắc Ninh');
    expect(held('Từ ngày 2 đến 4-10, tại Thủ đô Hà Nội, Hội nghị lần thứ tư Ban Chấp hành Trung ương đã họp.')).toBe('Hà Nội');
  });

  it('reads a level word before the name, and Hồ Chí Minh City written short', () => {
    expect(held('Chiều 8/3, tại tỉnh Kon Tum, Bộ Y tế tổ chức hội nghị.')).toBe('Kon Tum');
    expect(held('Ngày 8/3, tại thành phố Tuy Hòa, tỉnh Phú Yên, Bộ Công an tổ chức hội nghị.')).toBe('Tuy Hòa');
    expect(held('Ngày 8/3, tại TP.HCM, Hội Nông dân Việt Nam tổ chức hội thảo.')).toBe('Hồ Chí Minh');
    expect(held('Sáng 8/3, tại TP Hải Phòng, Bộ Xây dựng tổ chức hội nghị.')).toBe('Hải Phòng');
    expect(held('Ngày 8/3, tại Tỉnh ủy Bà Rịa - Vũng Tàu, đoàn công tác đã làm việc với lãnh đạo tỉnh.')).toBe('Bà Rịa - Vũng Tàu');
  });

  it('reads "tại" after a verb of holding', () => {
    expect(held('Kỳ họp thứ hai HĐND huyện đã khai mạc trọng thể tại Tân Uyên vào sáng 5/7.')).toBe('Tân Uyên');
    expect(held('Hội nghị xúc tiến đầu tư diễn ra tại TP Phan Thiết (Bình Thuận) sáng 9/8.')).toBe('Phan Thiết');
  });

  it('gives a building no place, but the locality written with it', () => {
    expect(held('Sáng 5/7, tại Trụ sở Chính phủ, Thủ tướng chủ trì cuộc họp.')).toBeNull();
    expect(held('Sáng 5/7, tại Nhà Quốc hội, Quốc hội họp phiên bế mạc.')).toBeNull();
    expect(held('Sáng 5/7, tại Nhà Quốc hội (Ba Đình, Hà Nội), Quốc hội họp phiên bế mạc.')).toBe('Hà Nội');
    expect(held('Ngày 5/7, tại Hội trường UBND huyện Mộ Đức, Huyện ủy tổ chức hội nghị.')).toBe('Mộ Đức');
  });

  it('reads no place from a phrase of the subject or a bridge point', () => {
    expect(held('Ngày 5/7, Sở Y tế tổ chức hội nghị đánh giá công tác tại Tỉnh ủy Ninh Thuận.')).toBeNull();
    expect(held('Ngày 5/7, Huyện ủy tổ chức hội thảo “70 năm Cách mạng Tháng 8 tại Lạng Sơn”.')).toBeNull();
    expect(held('Sáng 5/7, tại điểm cầu Sơn La, Ban Bí thư tổ chức hội nghị trực tuyến.')).toBeNull();
    expect(held('Sáng 5/7, tại hội trường, Huyện ủy tổ chức hội nghị.')).toBeNull();
  });
});

describe('meeting place in extractArticle', () => {
  it('takes the place the lead names over the organizers’ locality, and keeps that locality otherwise', () => {
    const at = extractArticle('a.txt', 'Ngày 14/3, tại thành phố Đông Hà, Ban Tuyên giáo Huyện ủy Gio Linh tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW.');
    expect(at.meetings[0]?.place).toBe('Đông Hà');
    const home = extractArticle('b.txt', 'Ngày 14/3, Ban Tuyên giáo Huyện ủy Gio Linh tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW.');
    expect(home.meetings[0]?.place).toBe('Gio Linh');
    const host = extractArticle(
      'd.txt',
      'Chiều 14/3, Đoàn công tác của Bộ Y tế do Thứ trưởng Lê Văn Tâm làm trưởng đoàn đã có buổi làm việc với tỉnh Kon Tum về y tế cơ sở.',
    );
    expect(host.meetings[0]?.place).toBe('Kon Tum');
    const hostBody = extractArticle(
      'e.txt',
      'Chiều 14/3, Phó Chủ tịch UBND tỉnh Đồng Nai Lê Văn Tâm đã có buổi làm việc với UBND huyện Trảng Bom về kế hoạch năm 2017.',
    );
    expect(hostBody.meetings[0]?.place).toBe('Trảng Bom');
    const national = extractArticle('c.txt', 'Sáng 14/3, tại Hà Nội, Ban Bí thư Trung ương Đảng tổ chức Hội nghị toàn quốc sơ kết Chỉ thị số 05-CT/TW.');
    expect(national.meetings[0]?.place).toBe('Hà Nội');
  });
});
