import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../src/text/words.js';

describe('WordIndex', () => {
  // Title endings as the people recogniser uses them: several share their last unit (长).
  const titles = new WordIndex(['副旗长', '旗长', '局长', '副局长', '主任', '局']);

  it('finds a word ending at a place, by its last two units and then the rest', () => {
    expect(titles.endsAt('政府副旗长宋晓磊', 5)).toBe(true); // …副旗长
    expect(titles.endsAt('政府副旗长宋晓磊', 4)).toBe(false); // …副旗
    expect(titles.endsAt('财政局局长阿有希', 5)).toBe(true); // …局长
    expect(titles.endsAt('办公室主任柳天才', 5)).toBe(true); // …主任
    expect(titles.endsAt('市长', 2)).toBe(false); // 长 ends words, but not 市长
  });

  it('takes a one-unit word wherever it ends, and reads nothing before the text', () => {
    expect(titles.endsAt('公安局', 3)).toBe(true);
    expect(titles.endsAt('长', 1)).toBe(false);
    expect(titles.endsAt('旗长', 2)).toBe(true);
  });

  it('tells whether any word occurs in a text, as a regex alternation would', () => {
    const re = /副旗长|旗长|局长|副局长|主任|局/;
    for (const text of ['旗委常委、政府副旗长赵栓', '城川镇副镇长刘燕飞', '旗统计局', '宋晓磊', '']) {
      expect(titles.occursIn(text)).toBe(re.test(text));
    }
  });
});
