// The scopes a relationship can be limited to (private chats, group chats, some users, …), each with its English
// and Chinese label, defined once for the importer, the API and the client (no zod: the client bundles this file).

/** A relationship's `scope` is null when it holds for the whole relationship, else one of these. */
export const SCOPES = {
  'private-chats': { label: 'private chats', labelZh: '私聊' },
  'group-chats': { label: 'group chats', labelZh: '群聊' },
  'product-cards': { label: 'product-card sharing', labelZh: '商品卡片分享' },
  'mini-programs': { label: 'mini programs', labelZh: '小程序' },
  'some-users': { label: 'some users only', labelZh: '仅部分用户' },
} as const;

export type Scope = keyof typeof SCOPES;

/** True when `value` is one of the SCOPES. */
export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && Object.hasOwn(SCOPES, value);
}
