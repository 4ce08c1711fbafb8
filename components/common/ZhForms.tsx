/** Chinese forms of a term, each tagged with its script so screen readers and fonts get them right. */
export interface ZhFormsProps {
  zh?: { hans: string; hant: string; pinyin: string };
}

export function ZhForms({ zh }: ZhFormsProps) {
  if (!zh) return null;
  return (
    <span class="zh">
      <span lang="zh-Hans">{zh.hans}</span>
      {zh.hant !== zh.hans && (
        <>
          {' '}
          <span lang="zh-Hant">{zh.hant}</span>
        </>
      )}{' '}
      <span lang="zh-Latn-pinyin" class="muted">
        {zh.pinyin}
      </span>
    </span>
  );
}
