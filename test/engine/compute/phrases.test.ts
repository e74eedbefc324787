import { memoPhrase } from '../../../src/engine/compute/phrases';
import { computeMessages } from '../../../src/engine/messages';

describe('memoised 整改台账 sentences', () => {
  it('say what the catalog says, for each subject and amount, formatting each pair once', () => {
    const made: string[] = [];
    const rooms = memoPhrase((what, n) => {
      made.push(`${what}/${n}`);
      return computeMessages.actions.rooms(what, n);
    });
    expect(rooms('音乐专用教室', 1)).toBe('需增加音乐专用教室 1 间');
    expect(rooms('美术专用教室', 1)).toBe('需增加美术专用教室 1 间');
    expect(rooms('音乐专用教室', 2)).toBe('需增加音乐专用教室 2 间');
    expect(rooms('音乐专用教室', 1)).toBe('需增加音乐专用教室 1 间');
    // 1,230 m² keeps its thousands separator through the memo.
    expect(memoPhrase(computeMessages.actions.area)('体育运动场馆面积', 1230)).toBe('需增加体育运动场馆面积 1,230 m²');
    expect(made).toEqual(['音乐专用教室/1', '美术专用教室/1', '音乐专用教室/2']);
  });
});
