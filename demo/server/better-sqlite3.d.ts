// The part of better-sqlite3 12 the reference server uses (the package ships no types, and @types/better-sqlite3
// is not installed).
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement<Params extends unknown[] = unknown[], Row = unknown> {
      run(...params: Params): RunResult;
      get(...params: Params): Row | undefined;
      all(...params: Params): Row[];
    }
    interface Transaction<F extends (...args: never[]) => unknown> {
      (...args: Parameters<F>): ReturnType<F>;
      deferred(...args: Parameters<F>): ReturnType<F>;
      immediate(...args: Parameters<F>): ReturnType<F>;
      exclusive(...args: Parameters<F>): ReturnType<F>;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      /** Milliseconds to wait for a lock held by another connection. */
      timeout?: number;
    }
    interface Database {
      prepare<Params extends unknown[] = unknown[], Row = unknown>(sql: string): Statement<Params, Row>;
      exec(sql: string): this;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>;
      close(): this;
      readonly open: boolean;
      readonly name: string;
    }
  }
  const Database: {
    new (filename: string, options?: Database.Options): Database.Database;
  };
  export default Database;
}
