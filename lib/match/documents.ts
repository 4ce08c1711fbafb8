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
const NOT_LAW =
  /(?:兵|书|書|方|语|語|算|手|画|畫|想|说|說|做|魔|笔|筆|技|心|刀|剑|劍|句|文|写|寫|疗|療|用|看|办|辦|司|之)法$/;

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
  // A possessive without 关于 reads as a book or an essay (《国家的计划》), not an issued document.
  if (/的/.test(title) && !/关于|關於/.test(title)) return false;
  if (title.endsWith('法') && !title.endsWith('办法') && !title.endsWith('辦法') && NOT_LAW.test(title))
    return false;
  return title.length >= 3;
}

/**
 * Issuer abbreviation, bracketed year, serial number, 号: 国发〔2021〕5号. The expressions find what
 * follows the issuer (cheap to search for); the issuer is then read backwards: a short run of Chinese
 * characters, cut after the function words that precede a number in running text (的, 据, 按 …).
 */
const NUMBER = /[〔[(【]\s?(?:19|20)\d{2}\s?[〕\])】]\s?第?\s?\d{1,6}\s?[号號]/g;
const TAIWAN_NUMBER = /字第\s?\d{3,12}\s?[号號]/g;
const DECREE = /令\s?第\s?\d{1,4}\s?[号號]/g;
const FUNCTION_CHARS =
  /^.*[的了和与與及在据據按照根印为為对對将將把被以于於由是即等这這该該其或并並向从從经經见見至到]/;
const MAX_ISSUER = 10;

const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Start of the issuer ending at `at` (exclusive), or -1 if there is none. */
function issuerStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < MAX_ISSUER && isHan(text.charCodeAt(i - 1))) i--;
  if (i === at) return -1;
  const issuer = text.slice(i, at);
  const trimmed = issuer.replace(FUNCTION_CHARS, '');
  return trimmed.length === 0 ? -1 : at - trimmed.length;
}

function numberSpans(text: string, re: RegExp, out: DocumentSpan[], includeFirst: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // For 令第…号 the 令 belongs to the issuer ("国务院令"), which needs at least one more character.
    const start = issuerStart(text, m.index + includeFirst);
    if (start < 0 || (includeFirst > 0 && m.index + includeFirst - start < 2)) continue;
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
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        innerStart: m.index + 1,
        innerEnd: m.index + m[0].length - 1,
      });
    }
  }
  if (/[号號]/.test(text)) {
    numberSpans(text, NUMBER, out, 0);
    numberSpans(text, TAIWAN_NUMBER, out, 0);
    numberSpans(text, DECREE, out, 1);
  }
  return out;
}
