// The app shell. Imports app/ only.
export function App() {
  return (
    <main>
      <h1>GateLab</h1>
    </main>
  );
}
