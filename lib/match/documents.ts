/**
 * References to documents the pack does not know, found in normalised text: Chinese titles in 《…》
 * that read as policy documents (laws, plans, opinions, notices…), and document numbers such as
 * 国发〔2021〕5号, 工信部科〔2024〕12号, 国科发资[2023]1号 or Taiwan's 院臺規字第1120012345號.
 * Titles of books, papers and films (《人民日报》, 《三体》) are not policy documents and are left alone.
 */

export interface DocumentSpan {
  start: number;
  end: number;
  /** For a title: the span inside the brackets, so a pack document whose alias is exactly it can claim it. */
  innerStart: number;
  innerEnd: number;
}

const TITLE = /《([^《》\n]{2,120})》/g;

/** Endings of policy document titles, simplified and traditional. */
const TITLE_ENDING = new RegExp(
  '(?:规划|規劃|纲要|綱要|意见|意見|通知|决定|決定|办法|辦法|方案|条例|條例|规定|規定|计划|計劃|計畫|指南|' +
    '公告|通告|批复|批覆|报告|報告|细则|細則|目录|目錄|战略|戰略|白皮书|白皮書|决议|決議|建议|建議|措施|' +
    '章程|准则|準則|清单|清單|指引|要点|要點|纲领|綱領|公报|公報|函|讲话|講話|法|法典|令|政策|路线图|路線圖)$',
);
/** Ordinary words that end like a law's title but are not one (兵法, 方法, 算法 …). */
const NOT_LAW = /(?:兵|书|書|方|语|語|算|手|画|畫|想|说|說|做|魔|笔|筆|技|心|刀|剑|劍|句|文|写|寫|疗|療|用|看|办|辦|司)法$/;

/** Strips trailing parentheticals such as (试行), (征求意见稿), (2021-2035年). */
function bareTitle(inner: string): string {
  let title = inner.trim();
  for (let i = 0; i < 3; i++) {
    const stripped = title.replace(/\s?[([〔【][^()[\]〔〕【】]{1,20}[)\]〕】]$/, '').trim();
    if (stripped === title) break;
    title = stripped;
  }
  return title;
}

/** True if a title inside 《》 reads as a policy document. */
export function isPolicyTitle(inner: string): boolean {
  const title = bareTitle(inner);
  if (!/[\u4e00-\u9fff]/.test(title)) return false;
  if (/^(关于|關於)/.test(title) && title.length >= 6) return true;
  if (!TITLE_ENDING.test(title)) return false;
  if (title.endsWith('法') && !title.endsWith('办法') && !title.endsWith('辦法') && NOT_LAW.test(title)) return false;
  return title.length >= 3;
}

/**
 * Issuer abbreviation, bracketed year, serial number, 号: 国发〔2021〕5号. The issuer is a short run of
 * Chinese characters without the function words that precede a number in running text (的, 据, 按 …).
 */
const NUMBER = /([\u4e00-\u9fff]{1,10})\s?[〔[(【]\s?((?:19|20)\d{2})\s?[〕\])】]\s?第?\s?(\d{1,6})\s?[号號]/g;
const TAIWAN_NUMBER = /([\u4e00-\u9fff]{1,10})字第\s?(\d{3,12})\s?[号號]/g;
const DECREE = /([\u4e00-\u9fff]{1,10}令)\s?第\s?(\d{1,4})\s?[号號]/g;
const FUNCTION_CHARS = /^.*[的了和与與及在据據按照根印为為对對将將把被以于於由是即等这這该該其或并並向从從经經见見在至到]/;

function numberSpans(text: string, re: RegExp, out: DocumentSpan[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const issuer = m[1]!;
    const trimmed = issuer.replace(FUNCTION_CHARS, '');
    if (trimmed.length < 1 || (re === DECREE && trimmed.length < 2)) continue;
    const start = m.index + (issuer.length - trimmed.length);
    const end = m.index + m[0].length;
    out.push({ start, end, innerStart: start, innerEnd: end });
  }
}

/** Unknown-document candidates in normalised text, in no particular order. */
export function findDocumentSpans(text: string): DocumentSpan[] {
  const out: DocumentSpan[] = [];
  // Most pages have neither 《 nor a year in brackets; skip the regular expressions on them.
  if (text.includes('《')) {
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
      if (!isPolicyTitle(m[1]!)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, innerStart: m.index + 1, innerEnd: m.index + m[0].length - 1 });
    }
  }
  if (/[号號]/.test(text)) {
    numberSpans(text, NUMBER, out);
    numberSpans(text, TAIWAN_NUMBER, out);
    numberSpans(text, DECREE, out);
  }
  return out;
}
