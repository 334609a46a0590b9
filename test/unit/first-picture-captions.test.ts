// The caption rule for foreign nodes (server/lens/captions.ts): name-like keys first, then unique id-like keys, then the
// label and a short number; an element id is never a caption.
import { describe, expect, it } from 'vitest';
import { decideCaption, isIdLike, nodeCaption, shortNumber } from '../../server/lens/captions.js';
import { shortId } from '../../client/src/lib/labels';

describe('the caption of a label', () => {
  it('when a name-like text key exists, then it wins over any id and nothing is left open', () => {
    expect(decideCaption('Person', ['id', 'email', 'name'], { integerKeys: ['uid'] })).toEqual({ caption: 'name', choices: [] });
  });

  it('when nodes carry only an integer id with unique values, then the id is the caption', () => {
    expect(decideCaption('Person', [], { integerKeys: ['id'], unique: new Set(['id']) })).toEqual({ caption: 'id', choices: [] });
  });

  it('when an id-like key repeats across nodes, then it is not a caption', () => {
    expect(decideCaption('Person', [], { integerKeys: ['id'], unique: new Set() }).caption).toBeNull();
  });

  it('when the caption is an id and other text keys exist, then the caption is an open choice listing them', () => {
    const decided = decideCaption('Account', ['colour', 'user_id'], { integerKeys: ['score'], unique: new Set(['user_id']) });
    expect(decided.caption).toBe('user_id');
    expect(decided.choices).toEqual([{ about: 'caption', subject: 'Account', chosen: 'user_id', options: ['colour', 'user_id'] }]);
  });

  it('should read id, uid, code, *_id, camel *Id and short keys ending in id as id-like, and not ordinary words', () => {
    for (const key of ['id', 'uid', 'code', 'node_id', 'userId', 'nid']) expect(isIdLike(key), key).toBe(true);
    for (const key of ['colour', 'rating', 'description', 'identity_card_number']) expect(isIdLike(key), key).toBe(false);
  });
});

describe('the caption a node is shown with', () => {
  it('should read a text caption as it is and a bare number with its label', () => {
    expect(nodeCaption('Person', 'Ada', '4:abc:1')).toBe('Ada');
    expect(nodeCaption('Person', '145', '4:abc:1')).toBe('Person 145');
  });

  it('when a node has no caption value, then it reads as its label and a short number, never its element id', () => {
    const elementId = '4:a1666e59-f852-4dd4-9229-53f39639cfbc:145';
    expect(nodeCaption('Person', null, elementId)).toBe('Person 145');
    expect(nodeCaption('Person', '  ', elementId)).toBe('Person 145');
    expect(shortNumber('weird-id-without-number')).toMatch(/^[0-9a-z]{1,7}$/);
    expect(shortId(elementId)).toBe('#145');
    expect(shortId('taobao')).toBe('taobao');
  });
});
