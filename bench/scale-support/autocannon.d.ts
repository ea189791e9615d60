// The part of autocannon 8's programmatic API the scale bench uses (the package ships no types).
declare module 'autocannon' {
  type Request = { method?: string; path?: string; setupRequest?: (request: { path: string }) => { path: string } };
  type Options = { url: string; connections: number; duration: number; requests?: Request[]; timeout?: number };
  type Result = { requests: { average: number; total: number }; non2xx: number; errors: number; timeouts: number; duration: number };
  type Instance = Promise<Result> & { on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
