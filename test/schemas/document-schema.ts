import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * JSON Schemas for gret's result documents, generated from their TypeScript declarations: the
 * types stay the one source, and their doc comments become the schemas' descriptions. Every
 * named type declared in src/ becomes a definition under `$defs`, so shared shapes (the rubric
 * identity, the answers' meta, a distribution) read the same in every schema. The declarations
 * use a small part of TypeScript (interfaces, aliases, unions of literals, arrays, Pick and
 * Record), and anything else is an error here rather than a loose schema.
 */

const root = join(import.meta.dirname, '..', '..');

export interface DocumentType {
  /** The file declaring the type, from the project root. */
  readonly file: string;
  readonly type: string;
  readonly title: string;
}

type Schema = Readonly<Record<string, unknown>>;

export function documentSchemas(documents: readonly DocumentType[]): Schema[] {
  const program = ts.createProgram(
    documents.map((d) => join(root, d.file)),
    { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2023, types: [] },
  );
  const checker = program.getTypeChecker();
  return documents.map((d) => {
    const source = program.getSourceFile(join(root, d.file));
    const declaration = source?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === d.type);
    if (declaration === undefined) throw new Error(`${d.file} declares no interface ${d.type}`);
    const symbol = checker.getSymbolAtLocation(declaration.name);
    if (symbol === undefined) throw new Error(`no symbol for ${d.type}`);
    const defs = new Map<string, Schema>();
    const body = new Converter(checker, defs).object(checker.getDeclaredTypeOfSymbol(symbol), d.type);
    return {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: d.title,
      description: describe(checker, symbol),
      ...body,
      $defs: Object.fromEntries([...defs].sort(([a], [b]) => a.localeCompare(b))),
    };
  });
}

function describe(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s*\n\s*/g, ' ').trim();
  return text === '' ? undefined : text;
}

function declaredInProject(symbol: ts.Symbol | undefined): symbol is ts.Symbol {
  const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
  return file !== undefined && dirname(file).startsWith(join(root, 'src'));
}

class Converter {
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly defs: Map<string, Schema>,
  ) {}

  schema(type: ts.Type, at: string): Schema {
    const named = this.nameOf(type);
    if (named !== undefined) {
      if (!this.defs.has(named.name)) {
        this.defs.set(named.name, {}); // a placeholder, so that a type naming itself ends
        const body = named.object ? this.object(type, named.name) : this.unnamed(type, named.name);
        const description = describe(this.checker, named.symbol);
        this.defs.set(named.name, description === undefined ? body : { description, ...body });
      }
      return { $ref: `#/$defs/${named.name}` };
    }
    return this.unnamed(type, at);
  }

  /** Interfaces and type aliases declared in src/ are named; instances of generic ones are not. */
  private nameOf(type: ts.Type): { name: string; symbol: ts.Symbol; object: boolean } | undefined {
    const alias = type.aliasSymbol;
    if (declaredInProject(alias) && (type.aliasTypeArguments ?? []).length === 0) return { name: alias.name, symbol: alias, object: this.isPlainObject(type) };
    const symbol = type.getSymbol();
    if (declaredInProject(symbol) && (symbol.flags & ts.SymbolFlags.Interface) !== 0 && !this.checker.isArrayType(type)) {
      return { name: symbol.name, symbol, object: true };
    }
    return undefined;
  }

  private isPlainObject(type: ts.Type): boolean {
    return (type.flags & ts.TypeFlags.Object) !== 0 && !this.checker.isArrayType(type);
  }

  private unnamed(type: ts.Type, at: string): Schema {
    const f = type.flags;
    if (f & ts.TypeFlags.String) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (f & ts.TypeFlags.Null) return { type: 'null' };
    if (type.isStringLiteral() || type.isNumberLiteral()) return { const: type.value };
    if (f & ts.TypeFlags.BooleanLiteral) return { const: this.checker.typeToString(type) === 'true' };
    if (type.isUnion()) return this.union(type, at);
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      if (item === undefined) throw new Error(`${at}: an array without an item type`);
      return { type: 'array', items: this.schema(item, `${at}[]`) };
    }
    if (this.checker.isTupleType(type)) {
      const items = this.checker.getTypeArguments(type as ts.TypeReference).map((t, i) => this.schema(t, `${at}[${i}]`));
      return { type: 'array', prefixItems: items, items: false, minItems: items.length, maxItems: items.length };
    }
    if (f & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) return this.object(type, at);
    throw new Error(`${at}: no JSON Schema for the type ${this.checker.typeToString(type)}`);
  }

  private union(type: ts.UnionType, at: string): Schema {
    // `boolean` is the union true | false; an optional property's type also holds undefined.
    const members = type.types.filter((t) => (t.flags & ts.TypeFlags.Undefined) === 0);
    const booleans = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    const rest = booleans.length === 2 ? members.filter((t) => !booleans.includes(t)) : members;
    const parts = [...(booleans.length === 2 ? [{ type: 'boolean' }] : []), ...rest.map((t) => this.schema(t, at))];
    if (parts.length === 1 && parts[0] !== undefined) return parts[0];
    const isNull = (p: Schema): boolean => p['type'] === 'null' && Object.keys(p).length === 1;
    if (parts.every((p) => isNull(p) || ('const' in p && Object.keys(p).length === 1))) return { enum: parts.map((p) => (isNull(p) ? null : p['const'])) };
    if (parts.every((p) => typeof p['type'] === 'string' && Object.keys(p).length === 1)) return { type: parts.map((p) => p['type']) };
    return { anyOf: parts };
  }

  /** Inherited properties first, as documents build them: `kind`, `schemaVersion` and `generator` open each one. */
  private propertiesOf(type: ts.Type): ts.Symbol[] {
    const all = this.checker.getPropertiesOfType(type);
    const bases = type.isClassOrInterface() ? (this.checker.getBaseTypes(type) ?? []) : [];
    const inherited = new Set(bases.flatMap((b) => this.propertiesOf(b).map((p) => p.name)));
    return [...all.filter((p) => inherited.has(p.name)), ...all.filter((p) => !inherited.has(p.name))];
  }

  object(type: ts.Type, at: string): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of this.propertiesOf(type)) {
      const schema = this.schema(this.checker.getTypeOfSymbol(property), `${at}.${property.name}`);
      const description = describe(this.checker, property);
      properties[property.name] = description === undefined ? schema : { description, ...schema };
      if ((property.flags & ts.SymbolFlags.Optional) === 0) required.push(property.name);
    }
    const index = this.checker.getIndexInfosOfType(type);
    const [values] = index;
    if (index.length > 1) throw new Error(`${at}: more than one index signature`);
    return {
      type: 'object',
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: values === undefined ? false : this.schema(values.type, `${at}[key]`),
    };
  }
}
