/**
 * What a bureau reads first and what its IT follows: the README opens with the three ways to get the product before
 * the developer's two commands, and docs/deploy.md names the scripts that exist, the servers, the MIME types and
 * headers that matter, and both ways to hand the add-in to users, step by step.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { ROOT } from './support';

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const readme = read('README.md');
const deploy = read('docs/deploy.md');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

describe('delivery documentation', () => {
  it('the README says how a bureau gets the product before the quick start, which keeps its two commands', () => {
    const opening = readme.slice(0, readme.indexOf('## 快速开始'));
    const order = ['junheng.html', 'package:addin', 'package:cli'].map((t) => opening.indexOf(t));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(opening).toContain('](docs/deploy.md)');
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test                      # 运行全部测试');
  });

  it('names only scripts that exist', () => {
    for (const name of ['build:web', 'package:addin', 'package:cli', 'validate', 'bench:web']) {
      expect([name, typeof scripts[name]]).toEqual([name, 'string']);
    }
    for (const used of deploy.match(/npm run [a-z:]+/g) ?? []) {
      expect([used, typeof scripts[used.slice('npm run '.length)]]).toEqual([used, 'string']);
    }
  });

  it('covers IIS and nginx with the MIME types and the framing headers, and both ways to reach users', () => {
    for (const text of [
      'IIS',
      'nginx',
      'application/javascript',
      'application/wasm',
      'X-Frame-Options',
      'frame-ancestors',
      'Cache-Control',
      '集成应用',
      '上传自定义应用',
      '受信任的加载项目录',
      '显示在菜单中',
      '共享文件夹',
      '均衡评估',
      '--id',
      'npm install -g junheng-0.1.0.tgz --offline',
      '下载评估结果',
      '下载自评报告',
      '与上年比较',
    ]) {
      expect([text, deploy.includes(text)]).toEqual([text, true]);
    }
    expect(read('docs/index.md')).toContain('](deploy.md)');
  });
});
