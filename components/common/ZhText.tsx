/** Text that may be Chinese, tagged as simplified Chinese when it contains Han characters. */
const HAN = /\p{Script=Han}/u;

export function ZhText({ text }: { text: string }) {
  return HAN.test(text) ? <span lang="zh-Hans">{text}</span> : <>{text}</>;
}
