/** Fetches the validator chunk (validator.ts): zod, the link codec and the readers of untrusted input. */
export const loadValidator = () => import('./validator')
