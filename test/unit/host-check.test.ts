// host-check.ts: which Host headers a server answers to, by its listen address and ALLOWED_HOSTS.
import { describe, expect, it } from 'vitest';
import { allowedHostNames, hostHeaderCount, hostName, isLoopbackAddress } from '../../server/http/host-check.js';

describe('hostName', () => {
  it('should drop the port and lower-case the name, keeping IPv6 brackets', () => {
    expect(hostName('LocalHost:3000')).toBe('localhost');
    expect(hostName('[::1]:8080')).toBe('[::1]');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
    expect(hostName(undefined)).toBe('');
  });

  it('when the header is not a host and an optional port, then it is malformed (null), never its first part', () => {
    for (const header of ['[::1]evil.example', '[::1]:80x', 'a b', 'localhost:1:2', 'localhost:', '[::1', 'évil.example']) {
      expect(hostName(header), header).toBeNull();
    }
  });
});

describe('hostHeaderCount', () => {
  it('should count every Host line of the raw headers, whatever its case', () => {
    expect(hostHeaderCount(['Host', 'a', 'Accept', '*/*', 'host', 'b'])).toBe(2);
    expect(hostHeaderCount(['HOST', 'a'])).toBe(1);
  });
});

describe('allowedHostNames', () => {
  it('on a loopback listener, should allow the loopback names and ALLOWED_HOSTS only', () => {
    const allowed = allowedHostNames({ HOST: '127.0.0.1', ALLOWED_HOSTS: ['hulian.lan'] });
    expect([...allowed!].sort()).toEqual(['127.0.0.1', '[::1]', 'hulian.lan', 'localhost']);
  });

  it('on a public listener without ALLOWED_HOSTS, should allow any name', () => {
    expect(allowedHostNames({ HOST: '0.0.0.0', ALLOWED_HOSTS: [] })).toBeNull();
    expect(allowedHostNames({ HOST: '0.0.0.0', ALLOWED_HOSTS: ['explorer.example'] })?.has('explorer.example')).toBe(true);
  });

  it('should treat only 127.0.0.0/8, ::1 and localhost as loopback', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopbackAddress)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', '::', 'example.com'].some(isLoopbackAddress)).toBe(false);
  });
});
