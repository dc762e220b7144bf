import type { Messages } from '../types';

export const clickOutEn: Messages['clickOut'] = {
  welcome: {
    metaTitle: 'Activate cashback at {store}',
    title: 'Activate your cashback at {store}',
    intro:
      'Sign in before heading to {store}: your purchase will be tracked and the cashback credited to your Ristourne account.',
    signIn: 'Sign in and activate cashback',
    signUp: 'Create a free account',
    without: 'Continue to {store} without cashback',
    withoutHint: 'Without signing in we cannot link your purchase to your account: no cashback will be paid.',
  },
  unavailable: {
    metaTitle: 'Store unavailable',
    title: '{store} is not available right now',
    paused:
      'Cashback at {store} is paused for now. Come back soon: the store returns to the catalog as soon as it resumes.',
    archived: '{store} is no longer one of our partner stores: it no longer pays cashback.',
    no_program:
      'The tracking link of {store} is being updated. Try again in a few minutes: without it, your purchase could not be tracked.',
    browse: 'Browse the other stores',
  },
  refused: {
    metaTitle: 'Link refused',
    title: 'This link does not lead to {store}',
    body: 'For your safety we only send you to a product page that belongs to the store. This link does not, so it was not followed.',
    store: 'Go to the {store} page',
    activate: 'Activate cashback on the {store} home page',
  },
};
