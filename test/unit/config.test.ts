// Config validation: bad values stop start-up with a message naming the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config/config.js';

describe('loadConfig', () => {
  it('should reject a malformed PORT and name the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('should reject a NEO4J_URI with an unsupported scheme and name the variable', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
  });

  it.each(['bolt://localhost:7687', 'neo4j://cluster.example:7687', 'neo4j+s://abcd.databases.neo4j.io'])(
    'should accept %s as NEO4J_URI',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    },
  );

  it('when nothing is set, then it uses the embedded default and port 3000', () => {
    const config = loadConfig({});
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_DATABASE).toBe('neo4j');
  });

  it('should treat an empty NEO4J_URI as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).NEO4J_URI).toBeUndefined();
  });

  it('should reject an unknown LOG_LEVEL, naming it', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
