// Matches request paths against the declared routes; literal segments win over placeholders.
import type { FunctionDeclaration } from '../http/declare';

export interface RouteMatch {
  declaration: FunctionDeclaration;
  params: Record<string, string>;
}

interface CompiledRoute {
  declaration: FunctionDeclaration;
  pattern: RegExp;
  names: string[];
  specificity: number;
}

export interface Router {
  /** The matching declaration, `'method'` when the path exists for other methods only, or undefined. */
  match(method: string, pathname: string): RouteMatch | { allowed: string[] } | undefined;
}

export function createRouter(declarations: FunctionDeclaration[]): Router {
  const compiled: CompiledRoute[] = declarations
    .map((declaration) => compile(declaration))
    .sort((a, b) => b.specificity - a.specificity);
  return {
    match(method, pathname) {
      const allowed: string[] = [];
      for (const route of compiled) {
        const found = route.pattern.exec(pathname);
        if (!found) continue;
        if (route.declaration.route.method !== method) {
          allowed.push(route.declaration.route.method);
          continue;
        }
        const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
        return { declaration: route.declaration, params };
      }
      return allowed.length > 0 ? { allowed } : undefined;
    },
  };
}

function compile(declaration: FunctionDeclaration): CompiledRoute {
  const names: string[] = [];
  let specificity = 0;
  const source = declaration.route.path
    .split('/')
    .map((segment) => {
      const placeholder = /^\{(\w+)\}$/.exec(segment);
      if (placeholder?.[1]) {
        names.push(placeholder[1]);
        return '([^/]+)';
      }
      specificity += 1;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { declaration, pattern: new RegExp(`^${source}/?$`), names, specificity };
}
