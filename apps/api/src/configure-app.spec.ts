import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { serveWebApp } from './configure-app';

@Controller('ping')
class PingController {
  @Get()
  ping(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

const INDEX = '<!doctype html><title>Signaalroute</title><div id="root"></div>';

describe('serving the built web app from the API', () => {
  let root: string;
  let app: NestExpressApplication;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'web-app-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1);');
    app = await NestFactory.create<NestExpressApplication>(PingModule, { logger: false });
    app.setGlobalPrefix('api');
    expect(serveWebApp(app, root)).toBe(true);
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/melden', '/track/Xy_z-123', '/mijn-meldingen/5'])(
    'answers %s with the app',
    async (path) => {
      const response = await request(app.getHttpServer()).get(path).expect(200);
      expect(response.text).toBe(INDEX);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    },
  );

  it('serves hashed assets with a long cache', async () => {
    const response = await request(app.getHttpServer()).get('/assets/index-abc123.js').expect(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('keeps the API routes and their JSON 404s', async () => {
    await request(app.getHttpServer()).get('/api/ping').expect(200, { ok: true });
    const missing = await request(app.getHttpServer()).get('/api/nothing-here').expect(404);
    expect(missing.headers['content-type']).toMatch(/json/);
  });

  it('answers a missing file, and anything but a page request, with a 404 instead of the app', async () => {
    const asset = await request(app.getHttpServer()).get('/assets/gone-123.js').expect(404);
    expect(asset.text).not.toBe(INDEX);
    await request(app.getHttpServer()).get('/favicon.ico').expect(404);
    await request(app.getHttpServer()).post('/melden').expect(404);
  });

  it('does nothing when the app is not built', () => {
    expect(serveWebApp(app, join(root, 'not-built'))).toBe(false);
  });
});
