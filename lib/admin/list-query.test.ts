import { describe, expect, it } from 'vitest';
import { auditHref, parseAuditQuery, parseUserListQuery, userListHref } from './list-query';

const ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('parseUserListQuery', () => {
  it.each([
    ['nothing', {}, { query: null, role: null, cursor: null }],
    [
      'search trimmed and squeezed',
      { q: '  Zoé   Martin ' },
      { query: 'Zoé Martin', role: null, cursor: null },
    ],
    ['blank search dropped', { q: '   ' }, { query: null, role: null, cursor: null }],
    ['known role kept', { role: 'ops' }, { query: null, role: 'ops', cursor: null }],
    ['unknown role dropped', { role: 'owner' }, { query: null, role: null, cursor: null }],
    ['first of repeated values', { role: ['admin', 'ops'] }, { query: null, role: 'admin', cursor: null }],
    ['after → older', { after: ID }, { query: null, role: null, cursor: { direction: 'older', id: ID } }],
    ['before → newer', { before: ID }, { query: null, role: null, cursor: { direction: 'newer', id: ID } }],
    ['junk cursor dropped', { after: "x' or 1=1" }, { query: null, role: null, cursor: null }],
  ])('%s', (_label, params, expected) => {
    expect(parseUserListQuery(params)).toEqual(expected);
  });

  it('cuts a very long search', () => {
    expect(parseUserListQuery({ q: 'a'.repeat(5_000) }).query).toHaveLength(80);
  });
});

describe('parseAuditQuery', () => {
  it.each([
    ['nothing', {}, { action: null, target: null, cursor: null }],
    ['known action kept', { action: 'role.granted' }, { action: 'role.granted', target: null, cursor: null }],
    ['unknown action dropped', { action: 'role.stolen' }, { action: null, target: null, cursor: null }],
    ['target trimmed', { target: ' a@b.fr ' }, { action: null, target: 'a@b.fr', cursor: null }],
    [
      'audit ids are numbers',
      { after: '1234' },
      { action: null, target: null, cursor: { direction: 'older', id: '1234' } },
    ],
  ])('%s', (_label, params, expected) => {
    expect(parseAuditQuery(params)).toEqual(expected);
  });

  it('bounds the target', () => {
    expect(parseAuditQuery({ target: 'x'.repeat(1_000) }).target).toHaveLength(254);
  });
});

describe('hrefs', () => {
  it('keep the filters, drop empty ones, add the cursor', () => {
    expect(userListHref({ query: 'zoé', role: null })).toBe('/admin/users?q=zo%C3%A9');
    expect(userListHref({ query: null, role: 'ops' }, { direction: 'older', id: ID })).toBe(
      `/admin/users?role=ops&after=${ID}`,
    );
    expect(auditHref({ action: null, target: null })).toBe('/admin/audit');
    expect(auditHref({ action: 'role.revoked', target: ID }, { direction: 'newer', id: '12' })).toBe(
      `/admin/audit?action=role.revoked&target=${ID}&before=12`,
    );
  });
});
