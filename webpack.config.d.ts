import type { Configuration } from 'webpack';
declare const config: (env: Record<string, string>, argv: { mode?: 'production' | 'development' }) => Configuration[];
export default config;
