/** Names as small integers; the last two looked up skip the Map (most entries repeat a name just seen). */
export class Interned {
  private readonly ids = new Map<string, number>()
  private readonly list: string[] = []
  private last0 = '\u0000' // never a real name
  private lastId0 = -1
  private last1 = '\u0000'
  private lastId1 = -1

  id(name: string): number {
    if (name === this.last0) return this.lastId0
    let n: number
    if (name === this.last1) n = this.lastId1
    else {
      const known = this.ids.get(name)
      if (known === undefined) {
        n = this.list.length
        this.list.push(name)
        this.ids.set(name, n)
      } else n = known
    }
    this.last1 = this.last0
    this.lastId1 = this.lastId0
    this.last0 = name
    this.lastId0 = n
    return n
  }

  /** -1 for null. */
  idOrNull(name: string | null): number {
    return name === null ? -1 : this.id(name)
  }

  name(n: number): string {
    return this.list[n]!
  }

  nameOrNull(n: number): string | null {
    return n < 0 ? null : this.list[n]!
  }
}
