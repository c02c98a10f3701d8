/**
 * Runs tasks that share a key one after the other, and tasks of different keys side by side. The sign-in of one
 * identifier goes through here, so its captcha and lock decision, the password check and the failure count are one
 * step however many requests arrive at once (CONTRACT.md, Security rules: `atomic-limits`).
 */
export class KeyedSerial {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
