import { describe, expect, test } from 'vitest';
import { joinSitePages, splitSourceLines } from './lines';

/** A site's preview: the text cut into slices of `size` characters, each after its page's mark. */
function preview(text: string, size: number): string {
  const pages: string[] = [];
  for (let at = 0, k = 1; at < text.length; at += size, k++) pages.push(`${k}、${text.slice(at, at + size)}`);
  return pages.join('\n');
}

const plan =
  '序号工作内容责任单位1将垃圾分类投放作为精神文明建设的重要内容,加强宣传发动,引导市民参与生活垃圾分类。市委宣传部、市城管委,各区(市)县政府(管委会)2完善生活垃圾回收利用体系,优化社区回收设施布局,推进循环经济发展。市商务局,市住建局、市城管委3加强家庭源危险废物处置的规范化管理。市生态环境局';

describe('joinSitePages', () => {
  test('slices of one length after marks 1、2、3… are read as the one text they were cut from', () => {
    const { lines, count } = joinSitePages(splitSourceLines(`标题\n${preview(plan, 100)}\n[...gap...]`));
    expect(count).toBe(Math.ceil(plan.length / 100));
    expect(lines[1]!.text).toBe(plan);
    // The later pages' lines stay, blank, so line numbers keep their places.
    expect(lines.slice(2, 1 + count).map((l) => l.text)).toEqual(Array(count - 1).fill(''));
    expect(lines.at(-1)!.text).toBe('[...gap...]');
  });

  test('numbered items are not pages: lengths differ, or a slice ends an item', () => {
    const items = [`1、${'甲'.repeat(120)}工作。`, `2、${'乙'.repeat(119)}工作。`, '3、丙项工作'].join('\n');
    const lines = splitSourceLines(items);
    expect(joinSitePages(lines)).toEqual({ lines, count: 0 });
    const unequal = splitSourceLines(
      [`1、${'甲'.repeat(130)}`, `2、${'乙'.repeat(120)}`, '3、丙'].join('\n'),
    );
    expect(joinSitePages(unequal).count).toBe(0);
    const closed = splitSourceLines(
      [`1、${'甲'.repeat(120)}(市财政局负责)`, `2、${'乙'.repeat(100)}`].join('\n'),
    );
    expect(joinSitePages(closed).count).toBe(0);
  });
});
