/** One lazy chunk for the security pages: none of it is in a customer's first chunk. */
export { EnrolSecondFactorPage } from './EnrolSecondFactorPage';
export { PasskeyOfferPage } from './PasskeyOfferPage';
export { SecurityPage } from './SecurityPage';
