// Labels in Vietnamese (the default: the articles are Vietnamese) and English.
// The choice is kept in localStorage and on <html lang>.

export type Lang = 'vi' | 'en';

const STRINGS = {
  vi: {
    appTagline: 'Cuộc họp, văn bản chỉ đạo, cá nhân và tổ chức trong các bản tin (đọc qua GraphQL)',
    skip: 'Bỏ qua, đến nội dung',
    search: 'Tìm kiếm',
    searchButton: 'Tìm',
    searchHint: 'Không cần gõ dấu; chấp nhận một lỗi gõ mỗi từ. Gợi ý hiện khi gõ.',
    searchPlaceholder: 'vd. le huu tho, chi thi 05, tinh bien',
    navHome: 'Trang đầu',
    navConnections: 'Liên kết giữa hai nút',
    navGraphiql: 'GraphiQL',
    language: 'Ngôn ngữ',
    loading: 'Đang tải…',
    apiError: 'Lỗi từ API: ',
    mostCited: 'Văn bản được trích dẫn nhiều nhất',
    mostCitedHint: 'Số cuộc họp trích dẫn mỗi văn bản. Chọn một văn bản để xem đồ thị, biểu đồ và câu trích.',
    meetings: (n: number) => `${n} cuộc họp`,
    noneCited: 'Chưa có văn bản nào được trích dẫn.',
    resultsFor: (q: string) => `Kết quả tìm “${q}”`,
    nResults: (n: number, q: string) => (n ? `${n} kết quả cho “${q}”.` : `Không có kết quả cho “${q}”.`),
    noResults: 'Không tìm thấy gì. Thử ít từ hơn, hoặc tên văn bản như “chi thi 05”.',
    suggestions: 'Gợi ý',
    graph: 'Đồ thị lân cận',
    pathsGraph: 'Đồ thị các đường nối',
    graphHint: 'Bấm vào một nút để mở rộng; di chuột lên một quan hệ để đọc câu trích. Bàn phím: dùng danh sách bên dưới.',
    graphNodes: 'Các nút trong đồ thị',
    graphEdges: 'Các quan hệ trong đồ thị',
    expand: 'Mở rộng',
    expanded: 'đã mở rộng',
    open: 'Mở trang',
    evidence: 'Câu trích',
    evidenceHint: 'Di chuột hoặc chọn một quan hệ để đọc câu nó được đọc ra.',
    noEvidence: 'Quan hệ này không có câu trích riêng.',
    openArticle: 'Mở bài báo',
    source: 'Nguồn: ',
    chartByYear: 'Số cuộc họp trích dẫn theo năm',
    chartByPlace: 'Số cuộc họp trích dẫn theo địa phương',
    chartTable: 'Số liệu của biểu đồ',
    year: 'Năm',
    place: 'Địa phương',
    count: 'Số cuộc họp',
    unknownPlace: 'Không rõ địa phương',
    article: 'Bài báo, các đoạn trích được tô sáng',
    articleLegend: 'Tô đỏ: văn bản được trích dẫn; tô xanh: người tham dự.',
    noText: 'Bài báo này không có văn bản lưu trữ.',
    connections: 'Liên kết giữa hai nút',
    connectionsHint: 'Chọn hai nút (gõ để có gợi ý, hoặc dán mã như CT-5-TTg), xem các đường nối ngắn nhất.',
    from: 'Từ',
    to: 'Đến',
    maxHops: 'Số bước tối đa',
    show: 'Xem liên kết',
    nPaths: (n: number) => (n ? `${n} đường nối` : 'Không có đường nối nào trong số bước đã chọn.'),
    pathN: (i: number, len: number) => `Đường ${i} (${len} bước)`,
    connectFrom: 'Nối từ nút này…',
    date: 'Ngày',
    period: 'Kỳ báo cáo',
    placeOf: 'Địa điểm',
    organizers: 'Đơn vị tổ chức',
    participants: 'Thành phần',
    noParticipants: 'Bài báo không nêu thành phần.',
    cited: 'Văn bản được trích dẫn',
    notCiting: 'Không trích dẫn văn bản nào.',
    reportedBy: 'Bài báo đưa tin',
    key: 'Mã',
    kind: 'Loại',
    symbol: 'Số ký hiệu',
    issuer: 'Cơ quan ban hành',
    issuedOn: 'Ngày ban hành',
    subject: 'Trích yếu',
    citationCount: 'Số cuộc họp trích dẫn',
    implementsL: 'Thực hiện văn bản',
    implementedBy: 'Được thực hiện bởi',
    citedAt: 'Được trích dẫn tại',
    notCited: 'Chưa cuộc họp nào trích dẫn.',
    shown: (a: number, b: number) => `Hiện ${a} trong ${b}.`,
    more: 'Xem thêm',
    positions: 'Chức vụ',
    noPositions: 'Bài báo không nêu chức vụ.',
    member: 'Thành viên',
    attended: 'Tham gia cuộc họp',
    locality: 'Địa phương',
    scope: 'Cấp',
    members: 'Thành viên',
    organized: 'Cuộc họp đã tổ chức',
    byPeriod: 'Theo kỳ báo cáo',
    unknownPeriod: 'Không rõ kỳ',
    issued: 'Văn bản ban hành',
    none: 'Không có.',
    file: 'Tệp',
    published: 'Ngày đăng',
    authors: 'Tác giả',
    meetingsReported: 'Cuộc họp được đưa tin',
    meetingsHere: 'Cuộc họp tại đây',
    untitledMeeting: 'Cuộc họp không tên',
    notFound: (id: string) => `Không tìm thấy ${id}.`,
    footer: 'Dữ liệu và truy vấn: ',
    footerLinks: ' · mỗi liên kết trên trang này chia sẻ được.',
    national: 'Trung ương',
    local: 'Địa phương',
  },
  en: {
    appTagline: 'Meetings, directives, people and organizations in the news reports (read through GraphQL)',
    skip: 'Skip to content',
    search: 'Search',
    searchButton: 'Search',
    searchHint: 'Accents optional; one typo per word forgiven. Suggestions appear as you type.',
    searchPlaceholder: 'e.g. le huu tho, chi thi 05, tinh bien',
    navHome: 'Home',
    navConnections: 'Connections between two nodes',
    navGraphiql: 'GraphiQL',
    language: 'Language',
    loading: 'Loading…',
    apiError: 'API error: ',
    mostCited: 'Most cited directives',
    mostCitedHint: 'Meetings citing each directive. Pick one to see its graph, charts and cited sentences.',
    meetings: (n: number) => `${n} meeting${n === 1 ? '' : 's'}`,
    noneCited: 'No directive is cited yet.',
    resultsFor: (q: string) => `Results for “${q}”`,
    nResults: (n: number, q: string) => (n ? `${n} results for “${q}”.` : `No results for “${q}”.`),
    noResults: 'Nothing found. Try fewer words, or a directive like “chi thi 05”.',
    suggestions: 'Suggestions',
    graph: 'Neighbourhood graph',
    pathsGraph: 'The paths as a graph',
    graphHint: 'Click a node to expand it; hover a relationship to read its sentence. Keyboard: use the lists below.',
    graphNodes: 'Nodes in the graph',
    graphEdges: 'Relationships in the graph',
    expand: 'Expand',
    expanded: 'expanded',
    open: 'Open page',
    evidence: 'Evidence',
    evidenceHint: 'Hover or pick a relationship to read the sentence it was read from.',
    noEvidence: 'This relationship has no sentence of its own.',
    openArticle: 'Open the article',
    source: 'Source: ',
    chartByYear: 'Meetings citing it, by year',
    chartByPlace: 'Meetings citing it, by place',
    chartTable: 'Chart data',
    year: 'Year',
    place: 'Place',
    count: 'Meetings',
    unknownPlace: 'Place unknown',
    article: 'The article, cited passages highlighted',
    articleLegend: 'Red: cited directives; blue: participants.',
    noText: 'No stored text for this article.',
    connections: 'Connections between two nodes',
    connectionsHint: 'Pick two nodes (type for suggestions, or paste an id such as CT-5-TTg) to see the shortest paths between them.',
    from: 'From',
    to: 'To',
    maxHops: 'At most this many steps',
    show: 'Show connections',
    nPaths: (n: number) => (n ? `${n} path${n === 1 ? '' : 's'}` : 'No path within the steps chosen.'),
    pathN: (i: number, len: number) => `Path ${i} (${len} step${len === 1 ? '' : 's'})`,
    connectFrom: 'Connect from this node…',
    date: 'Date',
    period: 'Reporting period',
    placeOf: 'Place',
    organizers: 'Organizers',
    participants: 'Participants',
    noParticipants: 'The article names no participants.',
    cited: 'Directives cited',
    notCiting: 'Cites no directive.',
    reportedBy: 'Reported by',
    key: 'Key',
    kind: 'Kind',
    symbol: 'Symbol',
    issuer: 'Issued by',
    issuedOn: 'Issued on',
    subject: 'Subject',
    citationCount: 'Meetings citing it',
    implementsL: 'Carries out',
    implementedBy: 'Carried out by',
    citedAt: 'Cited at',
    notCited: 'No meeting cites it yet.',
    shown: (a: number, b: number) => `Showing ${a} of ${b}.`,
    more: 'Show more',
    positions: 'Positions',
    noPositions: 'The article names no position.',
    member: 'Member',
    attended: 'Meetings taken part in',
    locality: 'Locality',
    scope: 'Level',
    members: 'Members',
    organized: 'Meetings organized',
    byPeriod: 'By reporting period',
    unknownPeriod: 'Period unknown',
    issued: 'Directives issued',
    none: 'None.',
    file: 'File',
    published: 'Published',
    authors: 'Authors',
    meetingsReported: 'Meetings reported',
    meetingsHere: 'Meetings held here',
    untitledMeeting: 'Untitled meeting',
    notFound: (id: string) => `${id} not found.`,
    footer: 'Data and queries: ',
    footerLinks: ' · every view on this page is a link you can share.',
    national: 'National',
    local: 'Local',
  },
} as const;

export type Strings = (typeof STRINGS)['vi'];

const TYPES: Record<Lang, Record<string, string>> = {
  vi: { Meeting: 'Cuộc họp', Directive: 'Văn bản', Person: 'Cá nhân', Organization: 'Tổ chức', Document: 'Bài báo', Place: 'Địa danh' },
  en: { Meeting: 'Meeting', Directive: 'Directive', Person: 'Person', Organization: 'Organization', Document: 'Article', Place: 'Place' },
};
const ROLES: Record<Lang, Record<string, string>> = {
  vi: { CHAIR: 'Chủ trì', DIRECTED: 'Chỉ đạo', ATTENDED: 'Dự', CONCLUDED: 'Kết luận', SPOKE: 'Phát biểu' },
  en: { CHAIR: 'Chaired', DIRECTED: 'Directed', ATTENDED: 'Attended', CONCLUDED: 'Concluded', SPOKE: 'Spoke' },
};
const RELATIONS: Record<Lang, Record<string, string>> = {
  vi: {
    CITES: 'trích dẫn',
    ORGANIZED: 'tổ chức',
    PARTICIPATED: 'tham gia',
    HOLDS: 'giữ chức',
    ISSUED_BY: 'ban hành bởi',
    HELD_IN: 'diễn ra tại',
    IMPLEMENTS: 'thực hiện',
    REPORTS: 'đưa tin',
  },
  en: {
    CITES: 'cites',
    ORGANIZED: 'organized',
    PARTICIPATED: 'took part in',
    HOLDS: 'holds office in',
    ISSUED_BY: 'issued by',
    HELD_IN: 'held in',
    IMPLEMENTS: 'carries out',
    REPORTS: 'reports',
  },
};
const PARTS: Record<Lang, Record<string, string>> = {
  vi: { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV', H1: '6 tháng đầu năm', H2: '6 tháng cuối năm', M9: '9 tháng đầu năm', Y: 'Năm' },
  en: { Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', Q4: 'Q4', H1: 'First half of', H2: 'Second half of', M9: 'First nine months of', Y: 'Year' },
};

const STORAGE_KEY = 'directive-graph.lang';

export function currentLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    /* storage may be off: the default then */
  }
  return 'vi';
}

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* kept for this page only */
  }
  document.documentElement.lang = lang;
}

export const t = (): Strings => STRINGS[currentLang()] as Strings;
export const typeName = (typename: string): string => TYPES[currentLang()][typename] ?? typename;
export const roleName = (role: string): string => ROLES[currentLang()][role] ?? role;
export const relationName = (type: string): string => RELATIONS[currentLang()][type] ?? type;

/** 2020-09-30 → 30/09/2020 (both languages: the articles write dates so). */
export function formatDate(iso: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? null);
}

export function formatPeriod(p: { year?: number | null; part?: string | null } | null | undefined): string | null {
  if (!p || p.year == null) return null;
  const part = p.part ? PARTS[currentLang()][p.part] : undefined;
  return part ? `${part} ${p.year}` : `${p.part ? `${p.part} ` : ''}${p.year}`;
}
