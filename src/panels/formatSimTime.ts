/** Lives in src/animation so the canvas (token layer, fault menu) and the panels share one implementation. */
export { formatSimTime } from '../animation/formatSimTime'
