export { clientAddress, networkOf } from '../http/clientAddress' // moved: respond.ts's import is switched at merge
