// The app fetches the run's code after its first paint (store/playback/engineLoader.ts, #16); tests have it at once, so
// `runFor` and everything that reads a run answer synchronously, as they did before the split.
import * as engine from '../store/playback/runEngine'
import { installRunEngine } from '../store/playback/engineLoader'

installRunEngine(engine)
