import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // tsup sets baseUrl itself, which TypeScript 6 reports as deprecated (TOOLCHAIN G3).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: false,
});
