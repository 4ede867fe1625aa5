/** One number format for the sweep's labels (toLocaleString would build a formatter per call). */
const NUMBER = new Intl.NumberFormat('en-US')

export const formatNumber = (n: number | null): string => (n === null ? '—' : NUMBER.format(n))
