/** Lesson 5: VPC and the ENI cold start, 2018 against today. */
export const vpcColdStart = {
  title: 'VPC: 2018 cold starts and today',
  summary: 'Reaching a private database from a VPC, and the ENI wait every new environment paid in 2018.',
  covers: {
    private: 'A function in a VPC reaching a private RDS through its security group',
    eni2018: '2018: each new environment waited about 10 s for its network interface (ENI)',
    today: 'Today: the ENI is made when the function is created, so cold starts skip that wait',
  },
  steps: {
    intro:
      'A reporting app calls a function synchronously. The function sits in a private VPC so it can reach the reports database, whose security group lets the function’s group in. The canvas is set to 2018.',
    predict2018:
      'In 2018, the first call needs a new environment in the VPC. Predict how many seconds pass before the handler starts.',
    watch2018: 'Watch the first call: the new environment waits for its ENI before any code runs.',
    secondCall: 'A second call comes 29 seconds later. Does it wait for an ENI again?',
    watchSecond: 'Watch the second call.',
    predictToday: 'The same function today. Predict: how long does the first call wait before the handler starts?',
    watchToday: 'Watch the first call today.',
    states:
      'Today the wait moved: a VPC function is Pending while Lambda creates its shared ENIs at creation, and after a long idle period it becomes Inactive — the next call then waits while it turns Active again.',
    sandbox:
      'The canvas is yours. Switch the era in the scenario settings, send a burst of calls, or remove the database’s inbound rule and see what the consequences list says.',
  },
  options: {
    again: 'Yes, about 10 s again',
    warm: 'No: it reuses the warm environment',
    same: 'About the same as in 2018',
    short: 'Well under a second',
  },
  explain: {
    wait2018:
      'The handler started {{seconds}} s after the call: the ENI attach (10 s in 2018) plus the function’s own start-up.',
    warm: 'The environment from the first call was still warm and already had its ENI: only new environments paid the wait.',
    today:
      'Today the handler started {{ms}} ms after the call: only the function’s own start-up. The ENI already existed.',
  },
} as const
