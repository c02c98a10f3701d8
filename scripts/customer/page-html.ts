/** The HTML of a customer's test page: an exchange's heading over `main`, one module script, what `head` adds. */
export function customerPageHtml({ title, script, head = '', main }: { title: string; script: string; head?: string; main: string }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} - Example Exchange</title>
    <link rel="icon" href="data:," />${head}
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <main>
      <h1>Example Exchange</h1>
${main}
    </main>
  </body>
</html>
`;
}
