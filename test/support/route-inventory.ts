// What routes does the running API have? Two views: what the HTTP router really serves (so a route
// added outside Nest's controllers is caught too), and what Nest's controllers declare, with their
// access rule, so tests can hold the router, the access declarations and the OpenAPI document together.
import { METHODS } from 'node:http';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod, type Type } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ACCESS_KEY, type AccessRule } from '../../apps/api/src/auth/access.decorator';

/** `METHOD /path` as Express knows it, e.g. `GET /api/cases/:id`; `ALL` when it answers every method. */
export type RouteKey = string;

interface RouterLayer {
  route?: { path: string | string[]; methods: Record<string, boolean | undefined> };
}

const ALL_METHODS = METHODS.map((m) => m.toLowerCase());

/** Every route on the Express router, in registration order (static-file middleware has no route). */
export function routerRoutes(app: NestExpressApplication): RouteKey[] {
  const express = app.getHttpAdapter().getInstance() as unknown as { router: { stack: RouterLayer[] } };
  const keys: RouteKey[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    const methods = Object.keys(layer.route.methods).filter((m) => layer.route?.methods[m]);
    const all = methods.includes('_all') || ALL_METHODS.every((m) => methods.includes(m));
    for (const path of [layer.route.path].flat()) {
      if (all) keys.push(`ALL ${path}`);
      else for (const method of methods) keys.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return keys;
}

export interface ControllerRoute {
  key: RouteKey;
  controller: string;
  handler: string;
  access: AccessRule | undefined;
}

/** Every route Nest's controllers declare, under the global prefix, with the access rule it declares. */
export function controllerRoutes(app: NestExpressApplication, globalPrefix = 'api'): ControllerRoute[] {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: ControllerRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prefixes = [Reflect.getMetadata(PATH_METADATA, controller) as string | string[]].flat();
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const access = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, controller]);
        for (const prefix of prefixes) {
          for (const path of [paths].flat()) {
            routes.push({
              key: `${method} ${joinPath(globalPrefix, prefix, path)}`,
              controller: controller.name,
              handler: name,
              access,
            });
          }
        }
      }
    }
  }
  return routes;
}

function joinPath(...parts: string[]): string {
  const joined = `/${parts.join('/')}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/** `/api/cases/{id}` (OpenAPI) as `/api/cases/:id` (Express). */
export function fromOpenApiPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
