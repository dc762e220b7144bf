import type { Messages } from '../types';

// English: the cashback calculator on each store page.

export const calculatorEn: Messages['calculator'] = {
  title: 'Work out your cashback',
  basket: 'Your basket amount',
  basketHint: 'For example 84.50',
  customer: 'You are',
  newCustomer: 'A new customer',
  existingCustomer: 'An existing customer',
  category: 'Product category',
  otherCategory: 'Another category',
  result: 'On a basket of {basket}, you would earn {cashback} cashback.',
  nothing: 'On a basket of {basket}, no cashback rate applies.',
  invalid: 'Enter a positive amount, for example 84.50.',
  details: 'How: {explanation}.',
  disclaimer:
    'An estimate based on the offers in force. The final amount depends on the order {store} confirms and the commission it pays us.',
};
